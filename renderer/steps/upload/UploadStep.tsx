import { useT } from '../../i18n';
import { StepGate } from '../../wizard/StepGate';

export function UploadStep() {
  const t = useT();
  return (
    <main className="step" data-testid="step-upload">
      <h1>{t('upload.heading')}</h1>
      <StepGate step="upload">{null}</StepGate>
    </main>
  );
}
