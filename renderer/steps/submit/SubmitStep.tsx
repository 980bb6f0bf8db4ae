import { useT } from '../../i18n';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { selectLoginWall, selectReadinessBlocked, useReadinessStore } from '../../stores/readiness-store';
import { selectReviewAccount, useReviewAccountStore } from '../../stores/review-account-store';
import { useWizardStore } from '../../stores/wizard-store';
import { StepGate } from '../../wizard/StepGate';
import { CopyTexts } from './CopyTexts';
import { FirstReleaseChecklist } from './FirstReleaseChecklist';
import { FormExplained } from './FormExplained';
import { HandoffCard } from './handoff/HandoffCard';
import { ReadinessReport } from './readiness/ReadinessReport';
import { ReviewRecords } from './records/ReviewRecords';
import { TestAccountCard } from './TestAccountCard';
import './submit.css';

/**
 * 提交审核 happens on mp.weixin.qq.com: no API lets an ordinary account submit. This step prepares
 * everything the form asks for, links to the exact page, and keeps the record of the review.
 * Its one primary action is the review record's; every button here is secondary.
 */
export function SubmitStep() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  const draft = useWizardStore((state) => state.draft);
  const account = useReviewAccountStore(selectReviewAccount(summary?.appid ?? ''));
  const loginWall = useReadinessStore(selectLoginWall(summary?.projectRoot ?? ''));
  const readinessBlocked = useReadinessStore(selectReadinessBlocked(summary?.projectRoot ?? ''));
  return (
    <main className="step" data-testid="step-submit">
      <h1>{t('submit.heading')}</h1>
      <StepGate step="submit">
        {summary && (
          <>
            <p className="intro">{t('submit.intro')}</p>
            {/* Two columns on a wide screen: what to prepare, then what to send and record. */}
            <div className="submit-columns">
              <div className="submit-columns__col">
                <ReadinessReport projectRoot={summary.projectRoot} appid={summary.appid} />
                <FirstReleaseChecklist appid={summary.appid} />
                <TestAccountCard appid={summary.appid} needed={loginWall !== null} />
              </div>
              <div className="submit-columns__col">
                <CopyTexts appid={summary.appid} projectRoot={summary.projectRoot} />
                <FormExplained />
                <HandoffCard stage="submit" appid={summary.appid} version={draft.version} notes={draft.desc} account={account ?? null} />
                <ReviewRecords appid={summary.appid} version={draft.version} readinessBlocked={readinessBlocked === true} />
              </div>
            </div>
          </>
        )}
      </StepGate>
    </main>
  );
}
