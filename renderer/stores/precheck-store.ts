import { create } from 'zustand';
import type { JobProgress } from '../../shared/jobs';
import type { Problem, ProjectCheck } from '../../shared/model';
import { precheckBlockers, type PrecheckResult } from '../../shared/precheck';
import { api } from '../api';
import { attempt, newJobId } from './call-failure';
import { useKeyStore } from './key-store';
import { useProjectStore } from './project-store';
import { useSettingsStore } from './settings-store';
import { useWizardStore } from './wizard-store';

// The pre-upload check: run as one job (progress from job:progress events for its id), its result
// kept with the inputs it was made for. What the check proves depends on the project (and the
// verdict it was opened with: an npm install or a reopened folder gives a new one), the key, the
// proxy and the version: change one and the old result is not shown (the step runs the check again).

type Status = 'running' | 'done' | 'cancelled';

export interface PrecheckRun {
  inputs: string;
  /** The project's verdict when the check started; a newer one (reopened, npm installed) makes this run stale. */
  basis: ProjectCheck | null;
  jobId: string;
  status: Status;
  progress: JobProgress | null;
  result: PrecheckResult | null;
  /** The call itself failed (not the project): shown as a card. */
  failure: Problem | null;
}

interface PrecheckState {
  current: PrecheckRun | null;
  run(projectRoot: string): Promise<void>;
  stop(): Promise<void>;
}

export function precheckInputs(projectRoot: string, keyFingerprint: string | undefined, proxy: string | null, version: string): string {
  return JSON.stringify([projectRoot, keyFingerprint ?? null, proxy, version.trim()]);
}

/** The inputs the check would be made with right now, from the other stores. */
export function currentPrecheckInputs(projectRoot: string): string {
  const appid = useProjectStore.getState().check?.summary?.appid;
  const fingerprint = useKeyStore.getState().keys.find((key) => key.appid === appid)?.fingerprint;
  return precheckInputs(projectRoot, fingerprint, useSettingsStore.getState().proxy, useWizardStore.getState().draft.version);
}

/** The run for these inputs and this verdict, or null: an old result is never shown for changed inputs. */
export const selectPrecheck = (inputs: string, basis: ProjectCheck | null) => (state: PrecheckState) =>
  state.current?.inputs === inputs && state.current.basis === basis ? state.current : null;

export const usePrecheckStore = create<PrecheckState>((set, get) => {
  /** Applies a change to the run `jobId` only while it is still the current one. */
  const update = (jobId: string, change: Partial<PrecheckRun>) => {
    const current = get().current;
    if (current?.jobId === jobId) set({ current: { ...current, ...change } });
  };
  return {
    current: null,
    async run(projectRoot) {
      const inputs = currentPrecheckInputs(projectRoot);
      const basis = useProjectStore.getState().check;
      const before = get().current;
      if (before?.status === 'running') {
        if (before.inputs === inputs && before.basis === basis) return;
        // Made for other inputs: its answer would be thrown away.
        void attempt(() => api().release.cancel({ jobId: before.jobId }));
      }
      const jobId = newJobId();
      const version = useWizardStore.getState().draft.version.trim();
      set({ current: { inputs, basis, jobId, status: 'running', progress: null, result: null, failure: null } });
      const stopListening = api().on('job:progress', (progress) => {
        if (progress.jobId === jobId) update(jobId, { progress });
      });
      const outcome = await attempt(() => api().precheck.run({ jobId, projectRoot, version }));
      stopListening();
      if (get().current?.jobId !== jobId || get().current?.status === 'cancelled') return;
      if (!outcome.ok) {
        update(jobId, { status: 'done', failure: outcome.problem });
        return;
      }
      update(jobId, { status: 'done', result: outcome.value });
      // A step ticked on an earlier, passing check is no longer done once a check finds blockers.
      if (precheckBlockers(outcome.value).length > 0) useWizardStore.getState().undo('precheck');
    },
    async stop() {
      const current = get().current;
      if (current?.status !== 'running') return;
      update(current.jobId, { status: 'cancelled', progress: null });
      await attempt(() => api().release.cancel({ jobId: current.jobId }));
    },
  };
});
