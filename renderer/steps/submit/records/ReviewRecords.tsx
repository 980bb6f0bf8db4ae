import { useEffect } from 'react';
import { currentState, otherInReview, reviewOf } from '../../../../shared/review';
import { ErrorCard } from '../../../components/ErrorCard';
import { useT } from '../../../i18n';
import { selectBook, selectReviewProblem, today, useReviewStore } from '../../../stores/review-store';
import { useWizardStore } from '../../../stores/wizard-store';
import { OtherInReview } from './OtherInReview';
import { OutcomeForm } from './OutcomeForm';
import { ReviewDays } from './ReviewDays';
import { ReviewTimeline } from './ReviewTimeline';
import { SubmissionForm } from './SubmissionForm';
import { UrgentCounter } from './UrgentCounter';
import './review.css';

/**
 * The review of one version as the operator recorded it (WeChat offers no API to read it): the
 * timeline, days in review, 加急 used, another version in review if any, and the one record that
 * comes next, which is the 提交审核 step's primary action.
 */
export function ReviewRecords({ appid, version, readinessBlocked }: { appid: string; version: string; readinessBlocked: boolean }) {
  const t = useT();
  const book = useReviewStore(selectBook(appid));
  const problem = useReviewStore(selectReviewProblem(appid));

  useEffect(() => {
    void useReviewStore.getState().load(appid);
  }, [appid]);

  if (!book) return <section className="card review" data-testid="review-records" data-state="loading" aria-busy="true" />;
  const review = reviewOf(book, version);
  const state = currentState(review);
  const other = otherInReview(book, version);
  const day = today();
  return (
    <section className="card review" data-testid="review-records" data-state={state} data-version={version}>
      <h2>{t('review.heading')}</h2>
      <p className="muted">{t('review.intro')}</p>
      <ReviewTimeline review={review} />
      <ReviewDays review={review} today={day} />
      <UrgentCounter book={book} today={day} />
      {problem && <ErrorCard problem={problem} />}
      {state === 'rejected' && <p>{t('review.rejectedNext')}</p>}
      {state === 'withdrawn' && <p>{t('review.withdrawnNext')}</p>}
      {(state === 'none' || state === 'rejected' || state === 'withdrawn') &&
        (other ? <OtherInReview other={other} /> : <SubmissionForm book={book} version={version} again={state !== 'none'} readinessBlocked={readinessBlocked} />)}
      {state === 'submitted' && <OutcomeForm appid={appid} version={version} />}
      {(state === 'approved' || state === 'released') && (
        <>
          <p>{t(state === 'approved' ? 'review.approvedNext' : 'review.releasedNote')}</p>
          <p className="step__next">
            <button type="button" className="button" onClick={() => useWizardStore.getState().finish('submit')} data-testid="next-release">
              {t('review.nextRelease')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
