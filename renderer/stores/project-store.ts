import { create } from 'zustand';
import type { Problem, ProjectReport, RecentProject } from '../../shared/model';
import { api } from '../api';

type Status = 'idle' | 'reading' | 'done';

interface ProjectState {
  status: Status;
  report: ProjectReport | null;
  /** A failure of the app itself (not of the project), shown like any other problem. */
  failure: Problem | null;
  recent: RecentProject[];
  open(path: string): Promise<void>;
  showProblem(problem: Problem): void;
  loadRecent(): Promise<void>;
  forget(projectRoot: string): Promise<void>;
}

/** A project the next steps can work with: read to the end, with no blocking problem. */
export function projectIsReady(report: ProjectReport | null): boolean {
  return Boolean(report?.summary) && !report!.problems.some((p) => p.severity === 'error');
}

function callFailure(error: unknown): Problem {
  return { code: 'app.call-failed', severity: 'error', detail: error instanceof Error ? error.message : String(error) };
}

export const useProjectStore = create<ProjectState>((set, get) => ({
  status: 'idle',
  report: null,
  failure: null,
  recent: [],
  async open(path) {
    if (get().status === 'reading') return;
    set({ status: 'reading', failure: null });
    try {
      const report = await api().project.open({ path });
      set({ status: 'done', report });
      if (report.summary) await get().loadRecent();
    } catch (error) {
      set({ status: 'done', report: null, failure: callFailure(error) });
    }
  },
  showProblem(problem) {
    set({ status: 'done', report: null, failure: problem });
  },
  async loadRecent() {
    try {
      set({ recent: await api().project.recent() });
    } catch (error) {
      set({ failure: callFailure(error) });
    }
  },
  async forget(projectRoot) {
    set({ recent: await api().project.forget({ projectRoot }) });
  },
}));
