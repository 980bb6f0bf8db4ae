import { useT } from '../../i18n';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { StepGate } from '../../wizard/StepGate';

/** 发布 also happens on mp.weixin.qq.com, after an admin's scan: this step explains the choice, links and records. */
export function ReleaseStep() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  return (
    <main className="step" data-testid="step-release">
      <h1>{t('release.heading')}</h1>
      <StepGate step="release">{summary && <p className="intro">{summary.appid}</p>}</StepGate>
    </main>
  );
}
