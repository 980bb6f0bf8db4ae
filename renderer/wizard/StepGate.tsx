import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { STEP_LABELS, useWizardStore, type StepId } from '../stores/wizard-store';
import { useGate } from './use-gate';

/**
 * A step's content, or what blocks it: the reason, and the one action that leads to the fix
 * (the step where it is done). Every step after the first is wrapped in one.
 */
export function StepGate({ step, children }: { step: StepId; children: ReactNode }) {
  const t = useT();
  const gate = useGate(step);
  const goTo = useWizardStore((state) => state.goTo);
  if (!gate) return <>{children}</>;
  return (
    <section className="card gate" data-testid={`gate-${step}`} data-reason={gate.reason}>
      <h2>{t('gate.heading')}</h2>
      <p>{t(gate.reason)}</p>
      <button type="button" className="button" onClick={() => goTo(gate.goTo)} data-testid="gate-go">
        {t('gate.go', { step: t(STEP_LABELS[gate.goTo]) })}
      </button>
    </section>
  );
}
