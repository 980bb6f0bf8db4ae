import { create } from 'zustand';
import type { JobProgress } from '../../shared/jobs';
import type { Problem } from '../../shared/model';
import type { SavedFile } from '../../shared/saved-file';
import { api } from '../api';
import { attempt, newJobId } from './call-failure';
import { useHistoryStore } from './history-store';

// The preview QR code: made by a preview job (progress from job:progress events for its id), shown
// with its expiry, saved where the operator chooses. The page and query are also the 体验版 QR's.

/**
 * How long WeChat keeps a preview QR code valid. Not documented: about 25 minutes is what users and
 * tools report (WECHAT-FACTS.md, unverified), so the step says "about" and says it is unverified.
 */
export const PREVIEW_QR_VALID_MINUTES = 25;

type Status = 'idle' | 'running' | 'done' | 'failed';

export interface PreviewQr {
  dataUrl: string;
  /** Epoch ms when the job delivered it; the expiry counts from here. */
  madeAt: number;
  robot: number;
}

interface PreviewState {
  /** The project the state is about; another project shows none of it. */
  projectRoot: string | null;
  pagePath: string;
  searchQuery: string;
  status: Status;
  jobId: string | null;
  progress: JobProgress | null;
  problem: Problem | null;
  qr: PreviewQr | null;
  /** The last save of this QR: the file, or why not. */
  saved: SavedFile | null;
  /** The settings' robot, for previews when the draft names none. */
  defaultRobot: number | null;
  loadDefaultRobot(): Promise<void>;
  setPage(pagePath: string): void;
  setQuery(searchQuery: string): void;
  /** Runs a preview job; its QR replaces the old one, and the history shows the new record. */
  make(projectRoot: string, robot: number): Promise<void>;
  stop(): Promise<void>;
  save(appid: string): Promise<void>;
}

export const usePreviewStore = create<PreviewState>((set, get) => ({
  projectRoot: null,
  pagePath: '',
  searchQuery: '',
  status: 'idle',
  jobId: null,
  progress: null,
  problem: null,
  qr: null,
  saved: null,
  defaultRobot: null,
  async loadDefaultRobot() {
    const settings = await attempt(() => api().settings.get());
    if (settings.ok) set({ defaultRobot: settings.value.defaultRobot });
  },
  setPage(pagePath) {
    set({ pagePath });
  },
  setQuery(searchQuery) {
    set({ searchQuery });
  },
  async make(projectRoot, robot) {
    if (get().status === 'running') return;
    const jobId = newJobId();
    const { pagePath, searchQuery } = get();
    // Another project's QR and page are not this one's.
    const sameProject = get().projectRoot === projectRoot;
    set({ projectRoot, status: 'running', jobId, progress: null, problem: null, saved: null, qr: sameProject ? get().qr : null });
    const stopListening = api().on('job:progress', (progress) => {
      if (progress.jobId === get().jobId) set({ progress });
    });
    const outcome = await attempt(() =>
      api().release.preview({ jobId, projectRoot, robot, pagePath: pagePath.trim() || undefined, searchQuery: searchQuery.trim() || undefined }),
    );
    stopListening();
    // A failed new preview takes the old QR away too: the operator must not scan it taking it for the new one.
    if (!outcome.ok) set({ status: 'failed', problem: outcome.problem, jobId: null, qr: null });
    else if (!outcome.value.ok) set({ status: 'failed', problem: outcome.value.problem, jobId: null, qr: null });
    else set({ status: 'done', jobId: null, qr: { dataUrl: outcome.value.value.qrDataUrl, madeAt: Date.now(), robot } });
    await useHistoryStore.getState().load(projectRoot);
  },
  async stop() {
    const { jobId } = get();
    if (jobId) await attempt(() => api().release.cancel({ jobId }));
  },
  async save(appid) {
    const { qr } = get();
    if (!qr) return;
    const result = await attempt(() => api().qr.save({ kind: 'preview', appid, image: qr.dataUrl }));
    set({ saved: result.ok ? result.value : { saved: false, problem: result.problem } });
  },
}));

// One value per selector, so none is a new object: the state for the project on screen, none for another.
export const selectPreviewStatus = (projectRoot: string) => (state: PreviewState) => (state.projectRoot === projectRoot ? state.status : 'idle');
export const selectPreviewQr = (projectRoot: string) => (state: PreviewState) => (state.projectRoot === projectRoot ? state.qr : null);
export const selectPreviewProblem = (projectRoot: string) => (state: PreviewState) => (state.projectRoot === projectRoot ? state.problem : null);
export const selectPreviewProgress = (projectRoot: string) => (state: PreviewState) => (state.projectRoot === projectRoot ? state.progress : null);
export const selectPreviewSaved = (projectRoot: string) => (state: PreviewState) => (state.projectRoot === projectRoot ? state.saved : null);
