import { create } from 'zustand';
import type { MessageKey } from '../../shared/i18n';
import { EMPTY_DRAFT, WIZARD_STEPS, type StepId, type WizardDraft } from '../../shared/wizard';
import { api } from '../api';
import { attempt } from './call-failure';

export type { StepId };
export const STEPS: readonly StepId[] = WIZARD_STEPS;

export const STEP_LABELS: Record<StepId, MessageKey> = {
  project: 'step.project',
  key: 'step.key',
  whitelist: 'step.whitelist',
  version: 'step.version',
  precheck: 'step.precheck',
  upload: 'step.upload',
  preview: 'step.preview',
  submit: 'step.submit',
  release: 'step.release',
};

type DraftFields = Pick<WizardDraft, 'version' | 'desc' | 'robot'>;

interface WizardState {
  /** The project the draft belongs to; null before one is opened. */
  projectRoot: string | null;
  draft: WizardDraft;
  step: StepId;
  /** Restores the project's draft (where the operator was, what they typed); `resume` also returns to that step. */
  load(projectRoot: string, resume: boolean): Promise<void>;
  goTo(step: StepId): void;
  /** The step's own "next" action: the step is done (ticked) and the next one opens. */
  finish(step: StepId): void;
  /** What the operator typed; saved as they type, so a restart mid-way keeps it. */
  update(fields: Partial<DraftFields>): void;
  /** A later change (a new key, another version) undoes a step that depended on it. */
  undo(step: StepId): void;
}

const SAVE_DELAY_MS = 400;
let pendingSave: ReturnType<typeof setTimeout> | undefined;
/** Counts the operator's moves, so a draft read that finishes late does not undo one. */
let moves = 0;

export const useWizardStore = create<WizardState>((set, get) => {
  const save = (draft: WizardDraft, delay = 0) => {
    moves += 1;
    const { projectRoot } = get();
    set({ draft, step: draft.step });
    if (!projectRoot) return;
    clearTimeout(pendingSave);
    pendingSave = setTimeout(() => void attempt(() => api().wizard.saveDraft({ projectRoot, draft })), delay);
  };
  return {
    projectRoot: null,
    draft: EMPTY_DRAFT,
    step: 'project',
    async load(projectRoot, resume) {
      const movesBefore = moves;
      const saved = await attempt(() => api().wizard.draft({ projectRoot }));
      const draft = saved.ok && saved.value ? saved.value : EMPTY_DRAFT;
      if (moves === movesBefore) {
        set({ projectRoot, draft: { ...draft, step: resume ? draft.step : 'project' }, step: resume ? draft.step : 'project' });
        return;
      }
      // The verdict is on screen before the draft is read, and the operator already moved on from it:
      // keep the step they are on, with what they typed before, and save it for this project.
      const current = get().draft;
      set({ projectRoot });
      save({ ...draft, step: current.step, done: [...new Set([...draft.done, ...current.done])] });
    },
    goTo(step) {
      save({ ...get().draft, step });
    },
    finish(step) {
      const { draft } = get();
      const next = STEPS[STEPS.indexOf(step) + 1] ?? step;
      save({ ...draft, done: [...new Set([...draft.done, step])], step: next });
    },
    update(fields) {
      const { draft } = get();
      // The check and the upload were for what was typed then: another version or robot undoes them.
      const changed = (fields.version !== undefined && fields.version !== draft.version) || (fields.robot !== undefined && fields.robot !== draft.robot);
      const done = changed ? draft.done.filter((step) => step !== 'precheck' && step !== 'upload') : draft.done;
      save({ ...draft, ...fields, done }, SAVE_DELAY_MS);
    },
    undo(step) {
      const { draft } = get();
      if (draft.done.includes(step)) save({ ...draft, done: draft.done.filter((s) => s !== step) });
    },
  };
});

export const selectDone = (step: StepId) => (state: WizardState) => state.draft.done.includes(step);
