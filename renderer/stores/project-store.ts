import { create } from 'zustand';
import type { Problem, ProjectCheck, RecentProject } from '../../shared/model';
import { canRelease } from '../../shared/verdict';
import { api } from '../api';
import { selectIsHarness, useAppStore } from './app-store';
import { attempt } from './call-failure';
import { useWizardStore } from './wizard-store';

type Status = 'idle' | 'reading' | 'done';

interface ProjectState {
  status: Status;
  /** The verdict on the open project: the same the CLI's check and upload give. */
  check: ProjectCheck | null;
  /** A failure of the app itself (not of the project), or a drop that named no folder. */
  failure: Problem | null;
  recent: RecentProject[];
  /** Set when the folder picker answered nothing in the browser harness, which has none. */
  pickerUnavailable: boolean;
  open(path: string): Promise<void>;
  pickFolder(): Promise<void>;
  showProblem(problem: Problem): void;
  loadRecent(): Promise<void>;
  forget(projectRoot: string): Promise<void>;
}

export const selectSummary = (state: ProjectState) => state.check?.summary ?? null;
export const selectProjectReady = (state: ProjectState) => canRelease(state.check);

export const useProjectStore = create<ProjectState>((set, get) => ({
  status: 'idle',
  check: null,
  failure: null,
  recent: [],
  pickerUnavailable: false,
  async open(path) {
    if (get().status === 'reading') return;
    // A new folder replaces the old verdict and any old failure: cards follow their input.
    set({ status: 'reading', failure: null, pickerUnavailable: false });
    const check = await attempt(() => api().project.open({ path }));
    set(check.ok ? { status: 'done', check: check.value } : { status: 'done', check: null, failure: check.problem });
    const summary = check.ok ? check.value.summary : null;
    if (summary) {
      // Back where the operator left this project (a restart mid-way), when it can go on from there.
      await useWizardStore.getState().load(summary.projectRoot, canRelease(check.ok ? check.value : null));
      await get().loadRecent();
    }
  },
  async pickFolder() {
    const picked = await attempt(() => api().project.pickFolder());
    if (!picked.ok) set({ failure: picked.problem });
    else if (picked.value) await get().open(picked.value);
    else set({ pickerUnavailable: selectIsHarness(useAppStore.getState()) });
  },
  showProblem(problem) {
    set({ status: 'done', check: null, failure: problem });
  },
  async loadRecent() {
    const recent = await attempt(() => api().project.recent());
    set(recent.ok ? { recent: recent.value } : { failure: recent.problem });
  },
  async forget(projectRoot) {
    const recent = await attempt(() => api().project.forget({ projectRoot }));
    set(recent.ok ? { recent: recent.value } : { failure: recent.problem });
  },
}));
