import { create } from 'zustand';

export type StepId = 'project' | 'key' | 'whitelist';

export const STEPS: StepId[] = ['project', 'key', 'whitelist'];

interface WizardState {
  step: StepId;
  goTo(step: StepId): void;
}

export const useWizardStore = create<WizardState>((set) => ({
  step: 'project',
  goTo: (step) => set({ step }),
}));
