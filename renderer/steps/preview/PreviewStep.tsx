import { useT } from '../../i18n';
import { StepGate } from '../../wizard/StepGate';

export function PreviewStep() {
  const t = useT();
  return (
    <main className="step" data-testid="step-preview">
      <h1>{t('preview.heading')}</h1>
      <StepGate step="preview">{null}</StepGate>
    </main>
  );
}
