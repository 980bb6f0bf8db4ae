import { useEffect } from 'react';
import { currentState, phaseClock, reviewOf } from '../../../shared/review';
import { REVIEW_STATE_LABELS } from '../../../shared/review-labels';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { selectBook, selectReviewProblem, today, useReviewStore } from '../../stores/review-store';
import { STEP_LABELS, useWizardStore } from '../../stores/wizard-store';
import { StepGate } from '../../wizard/StepGate';
import { selectReviewAccount, useReviewAccountStore } from '../../stores/review-account-store';
import { HandoffCard } from '../submit/handoff/HandoffCard';
import '../submit/records/review.css';
import { ReleaseModes } from './ReleaseModes';
import { ReleaseRecordForm } from './ReleaseRecordForm';
import { RollbackNote } from './RollbackNote';
import { VersionsPageLinks } from './VersionsPageLinks';

/** 发布 also happens on mp.weixin.qq.com, after an admin's scan: this step explains the choice, links and records. */
export function ReleaseStep() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  return (
    <main className="step" data-testid="step-release">
      <h1>{t('release.heading')}</h1>
      <StepGate step="release">{summary && <ReleaseBody appid={summary.appid} />}</StepGate>
    </main>
  );
}

function ReleaseBody({ appid }: { appid: string }) {
  const t = useT();
  const version = useWizardStore((state) => state.draft.version);
  const notes = useWizardStore((state) => state.draft.desc);
  const account = useReviewAccountStore(selectReviewAccount(appid));
  const goTo = useWizardStore((state) => state.goTo);
  const book = useReviewStore(selectBook(appid));
  const problem = useReviewStore(selectReviewProblem(appid));

  useEffect(() => {
    void useReviewStore.getState().load(appid);
  }, [appid]);

  if (!book) return null;
  const review = reviewOf(book, version);
  const state = currentState(review);
  const last = review.events.at(-1);
  const phase = phaseClock(book, today());
  const phaseRunning = phase?.version === version;
  return (
    <>
      <p className="intro">{t('release.intro')}</p>
      <p data-testid="release-version" data-state={state}>
        {t('release.version', { version, state: t(REVIEW_STATE_LABELS[state]) })}
      </p>
      <ReleaseModes book={book} />
      <section className="card">
        <p>{t('release.adminScan')}</p>
        <VersionsPageLinks />
      </section>
      {problem && <ErrorCard problem={problem} />}
      {last?.state === 'released' && (
        <p className="banner banner--ok" data-testid="release-recorded" data-mode={last.mode}>
          {t('release.recorded', { date: last.at, mode: last.mode ?? 'full' })}
        </p>
      )}
      {phaseRunning && (
        <div className="banner" data-testid="phase-clock" data-day={phase.day}>
          <strong>{t('release.phaseClock', { day: phase.day, date: phase.autoFullOn })}</strong>
          <p>{t('release.phaseHow')}</p>
        </div>
      )}
      {(state === 'approved' || phaseRunning) && <ReleaseRecordForm book={book} version={version} phaseRunning={phaseRunning} />}
      {state !== 'approved' && state !== 'released' && (
        <>
          <p>{t('release.notApproved')}</p>
          <p className="step__next">
            <button type="button" className="button" onClick={() => goTo('submit')} data-testid="go-submit">
              {t('gate.go', { step: t(STEP_LABELS.submit) })}
            </button>
          </p>
        </>
      )}
      <HandoffCard stage="release" appid={appid} version={version} notes={notes} account={account ?? null} />
      <RollbackNote />
    </>
  );
}
