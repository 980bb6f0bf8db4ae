import { useEffect } from 'react';
import { DEFAULT_ROBOT } from '../../../shared/release-rules';
import { HistoryPanel } from '../../history/HistoryPanel';
import { useT } from '../../i18n';
import { usePreviewStore } from '../../stores/preview-store';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { useWizardStore } from '../../stores/wizard-store';
import { StepGate } from '../../wizard/StepGate';
import { PageChoice } from './PageChoice';
import { PreviewQrCard } from './PreviewQrCard';
import { TrialCard } from './TrialCard';
import { TrialQrCard } from './TrialQrCard';
import './preview.css';

/**
 * 预览 / 体验版: a preview QR to look at this code on a phone, the 体验版 (which robot's uploads it
 * follows, and its QR), and the project's history.
 */
export function PreviewStep() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  const draftRobot = useWizardStore((state) => state.draft.robot);
  const defaultRobot = usePreviewStore((state) => state.defaultRobot);
  const finish = useWizardStore((state) => state.finish);

  useEffect(() => {
    void usePreviewStore.getState().loadDefaultRobot();
  }, []);

  const robot = draftRobot ?? defaultRobot ?? DEFAULT_ROBOT;
  return (
    <main className="step" data-testid="step-preview">
      <h1>{t('preview.heading')}</h1>
      <StepGate step="preview">
        {summary && (
          <>
            <p className="intro">{t('preview.intro')}</p>
            <PageChoice summary={summary} />
            <PreviewQrCard projectRoot={summary.projectRoot} appid={summary.appid} robot={robot} />
            <TrialCard appid={summary.appid} projectRoot={summary.projectRoot} robot={robot} />
            <TrialQrCard appid={summary.appid} />
            <HistoryPanel projectRoot={summary.projectRoot} />
            <p className="step__next">
              <button type="button" className="button" onClick={() => finish('preview')} data-testid="next-submit">
                {t('preview.finish')}
              </button>
            </p>
          </>
        )}
      </StepGate>
    </main>
  );
}
