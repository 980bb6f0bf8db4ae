import { useT } from '../../i18n';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { StepGate } from '../../wizard/StepGate';
import { ReadinessReport } from './readiness/ReadinessReport';

/**
 * 提交审核 happens on mp.weixin.qq.com: no API lets an ordinary account submit. This step prepares
 * everything the form asks for, links to the exact page, and keeps the record of the review.
 */
export function SubmitStep() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  return (
    <main className="step" data-testid="step-submit">
      <h1>{t('submit.heading')}</h1>
      <StepGate step="submit">
        {summary && <ReadinessReport projectRoot={summary.projectRoot} appid={summary.appid} />}
        {summary && <p className="intro">{summary.appid}</p>}
      </StepGate>
    </main>
  );
}
