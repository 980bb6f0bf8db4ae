import { useT } from '../../i18n';
import { StepGate } from '../../wizard/StepGate';

export function PrecheckStep() {
  const t = useT();
  return (
    <main className="step" data-testid="step-precheck">
      <h1>{t('precheck.heading')}</h1>
      <StepGate step="precheck">{null}</StepGate>
    </main>
  );
}
