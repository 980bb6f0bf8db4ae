import { useState } from 'react';
import { urgentUsedThisYear, type ReviewBook } from '../../../../shared/review';
import { useT } from '../../../i18n';
import { today, useReviewStore } from '../../../stores/review-store';
import { RecordDate } from './RecordDate';

/**
 * Records 已提交审核 (or, after a rejection or withdrawal, 重新提交): the day and whether 加急 was asked for.
 * The submission happened on the admin site, so a readiness blocker warns here but never refuses the record.
 */
export function SubmissionForm({ book, version, again, readinessBlocked }: { book: ReviewBook; version: string; again: boolean; readinessBlocked: boolean }) {
  const t = useT();
  const record = useReviewStore((state) => state.record);
  const [day, setDay] = useState(today);
  const [urgent, setUrgent] = useState(false);
  const usedUp = urgentUsedThisYear(book, today()) >= book.urgentQuota;
  const submit = async () => {
    if (await record(book.appid, version, { state: 'submitted', at: day, urgent })) setUrgent(false);
  };
  return (
    <div className="review-form" data-testid="submission-form">
      <p className="muted">{t('review.submitHow')}</p>
      <RecordDate value={day} max={today()} onChange={setDay} />
      <p>
        <label>
          <input type="checkbox" checked={urgent} onChange={(e) => setUrgent(e.target.checked)} data-testid="urgent-checkbox" /> {t('review.urgentLabel')}
        </label>
        {urgent && usedUp && <span className="muted"> {t('review.urgentUsedUp')}</span>}
      </p>
      {readinessBlocked && (
        <p className="banner banner--error" data-testid="submit-readiness-blocked">
          {t('review.readinessBlocked')}
        </p>
      )}
      <p className="step__next">
        <button type="button" className="button" disabled={!day} onClick={() => void submit()} data-testid={again ? 'record-resubmitted' : 'record-submitted'}>
          {t(again ? 'review.recordResubmitted' : 'review.recordSubmitted')}
        </button>
      </p>
    </div>
  );
}
