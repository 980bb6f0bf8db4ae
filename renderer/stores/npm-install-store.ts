import { create } from 'zustand';
import type { JobProgress } from '../../shared/jobs';
import type { Problem } from '../../shared/model';
import { api } from '../api';
import { attempt, newJobId } from './call-failure';
import { useProjectStore } from './project-store';

// Installing the npm packages the project check found missing: asked, confirmed, run as a job
// (progress from job:progress events for its id), then the project is checked again.

type Status = 'idle' | 'confirming' | 'running' | 'rechecking' | 'failed';

interface NpmInstallState {
  /** The project the state is about; another project shows none of it. */
  projectRoot: string | null;
  status: Status;
  jobId: string | null;
  progress: JobProgress | null;
  problem: Problem | null;
  /** Shows the confirmation (which names the folders node_modules goes into). */
  ask(projectRoot: string): void;
  dismiss(): void;
  /** Runs the install, then checks the dropped folder again. */
  install(projectRoot: string, droppedPath: string): Promise<void>;
  stop(): Promise<void>;
}

const IDLE = { status: 'idle', jobId: null, progress: null, problem: null } as const;

// The state for the project on screen; idle for any other. One value per selector, so none is a new object.
export const selectNpmStatus = (projectRoot: string) => (state: NpmInstallState) => (state.projectRoot === projectRoot ? state.status : 'idle');
export const selectNpmProgress = (projectRoot: string) => (state: NpmInstallState) => (state.projectRoot === projectRoot ? state.progress : null);
export const selectNpmProblem = (projectRoot: string) => (state: NpmInstallState) => (state.projectRoot === projectRoot ? state.problem : null);

export const useNpmInstallStore = create<NpmInstallState>((set, get) => ({
  projectRoot: null,
  ...IDLE,
  ask(projectRoot) {
    if (get().status === 'running' || get().status === 'rechecking') return;
    set({ ...IDLE, projectRoot, status: 'confirming' });
  },
  dismiss() {
    if (get().status === 'confirming' || get().status === 'failed') set({ ...IDLE });
  },
  async install(projectRoot, droppedPath) {
    if (get().status === 'running' || get().status === 'rechecking') return;
    const jobId = newJobId();
    set({ ...IDLE, projectRoot, status: 'running', jobId });
    const stopListening = api().on('job:progress', (progress) => {
      if (progress.jobId === get().jobId) set({ progress });
    });
    const outcome = await attempt(() => api().release.installNpm({ jobId, projectRoot }));
    stopListening();
    const problem = !outcome.ok ? outcome.problem : !outcome.value.ok ? outcome.value.problem : null;
    // Stopped by the operator: no card for that, but what was written may have changed the verdict.
    if (problem && problem.code !== 'ci.cancelled') {
      set({ status: 'failed', problem, jobId: null });
      return;
    }
    set({ status: 'rechecking', jobId: null });
    await useProjectStore.getState().open(droppedPath);
    set({ ...IDLE });
  },
  async stop() {
    const { jobId } = get();
    if (jobId) await attempt(() => api().release.cancel({ jobId }));
  },
}));
