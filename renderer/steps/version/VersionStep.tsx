import { useT } from '../../i18n';
import { StepGate } from '../../wizard/StepGate';

export function VersionStep() {
  const t = useT();
  return (
    <main className="step" data-testid="step-version">
      <h1>{t('version.heading')}</h1>
      <StepGate step="version">{null}</StepGate>
    </main>
  );
}
