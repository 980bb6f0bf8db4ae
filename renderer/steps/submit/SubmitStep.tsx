import { useT } from '../../i18n';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { useWizardStore } from '../../stores/wizard-store';
import { StepGate } from '../../wizard/StepGate';
import { ReviewRecords } from './records/ReviewRecords';

/**
 * 提交审核 happens on mp.weixin.qq.com: no API lets an ordinary account submit. This step prepares
 * everything the form asks for, links to the exact page, and keeps the record of the review.
 */
export function SubmitStep() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  const draftVersion = useWizardStore((state) => state.draft.version);
  return (
    <main className="step" data-testid="step-submit">
      <h1>{t('submit.heading')}</h1>
      <StepGate step="submit">
        {summary && <p className="intro">{summary.appid}</p>}
        {summary && <ReviewRecords appid={summary.appid} version={draftVersion} />}
      </StepGate>
    </main>
  );
}
