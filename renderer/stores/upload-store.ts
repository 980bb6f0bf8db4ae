import { create } from 'zustand';
import type { JobOutcome, JobProgress } from '../../shared/jobs';
import { api } from '../api';
import { attempt, newJobId } from './call-failure';

/** What an upload was started with: kept, so a retry after a failure uses exactly the same. */
export interface UploadInputs {
  projectRoot: string;
  version: string;
  desc: string;
  robot: number;
}

export interface UploadRun {
  jobId: string;
  inputs: UploadInputs;
  startedAt: number;
  progress: JobProgress | null;
  /** Null while the job runs. */
  outcome: JobOutcome<'upload'> | null;
  cancelling: boolean;
}

interface UploadState {
  run: UploadRun | null;
  start(inputs: UploadInputs): Promise<void>;
  cancel(): Promise<void>;
}

/** The run for this project, or null: another project's upload is not this step's. */
export const selectRun = (projectRoot: string | undefined) => (state: UploadState) => (state.run?.inputs.projectRoot === projectRoot ? state.run : null);

export const useUploadStore = create<UploadState>((set, get) => ({
  run: null,
  async start(inputs) {
    if (get().run && !get().run!.outcome) return;
    const jobId = newJobId();
    set({ run: { jobId, inputs, startedAt: Date.now(), progress: null, outcome: null, cancelling: false } });
    const update = (change: Partial<UploadRun>) => {
      const run = get().run;
      if (run?.jobId === jobId) set({ run: { ...run, ...change } });
    };
    const stopListening = api().on('job:progress', (progress) => {
      if (progress.jobId === jobId) update({ progress });
    });
    const { projectRoot, version, desc, robot } = inputs;
    const outcome = await attempt(() => api().release.upload({ jobId, projectRoot, version, desc: desc || undefined, robot }));
    stopListening();
    update({ outcome: outcome.ok ? outcome.value : { ok: false, kind: 'upload', problem: outcome.problem } });
  },
  async cancel() {
    const run = get().run;
    if (!run || run.outcome) return;
    set({ run: { ...run, cancelling: true } });
    await attempt(() => api().release.cancel({ jobId: run.jobId }));
  },
}));
