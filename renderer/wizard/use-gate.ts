import { selectKeyFor, useKeyStore } from '../stores/key-store';
import { selectProjectReady, selectSummary, useProjectStore } from '../stores/project-store';
import { gateOf, type Gate } from '../stores/wizard-gates';
import { useWizardStore, type StepId } from '../stores/wizard-store';

/** What keeps `step` from starting right now, from the stores' current state. */
export function useGate(step: StepId): Gate | null {
  const projectReady = useProjectStore(selectProjectReady);
  const summary = useProjectStore(selectSummary);
  const hasKey = useKeyStore(selectKeyFor(summary?.appid)) !== null;
  const draft = useWizardStore((state) => state.draft);
  return gateOf(step, { projectReady, compileType: summary?.compileType ?? null, hasKey, draft });
}
