import { create } from 'zustand';
import type { MessageKey } from '../../shared/i18n';

export type StepId = 'project' | 'key' | 'whitelist';

export const STEPS: StepId[] = ['project', 'key', 'whitelist'];

export const STEP_LABELS: Record<StepId, MessageKey> = { project: 'step.project', key: 'step.key', whitelist: 'step.whitelist' };

interface WizardState {
  step: StepId;
  goTo(step: StepId): void;
}

export const useWizardStore = create<WizardState>((set) => ({
  step: 'project',
  goTo: (step) => set({ step }),
}));
