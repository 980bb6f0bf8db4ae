import { create } from 'zustand';
import { summarise, type BatchRowStatus, type BatchSummary } from '../../shared/batch';
import { parseExtAppidLines } from '../../shared/batch-ext';
import type { JobProgress } from '../../shared/jobs';
import type { Problem, RecentProject } from '../../shared/model';
import { api } from '../api';
import { attempt, newJobId } from './call-failure';

// 批量发布: which recent projects are ticked, the shared version and notes with per-row overrides,
// and the running batch: rows' states from batch:row events, their bars from job:progress (by job id).

export interface RowOverride {
  version: string;
  desc: string;
}

interface BatchState {
  open: boolean;
  /** Ticked projects, in the order they were ticked. */
  picked: string[];
  defaults: RowOverride;
  overrides: Record<string, RowOverride>;
  /** 「按商家 AppID 分发」: per ticked 第三方平台 template, the merchant AppIDs as typed (one a line). */
  extAppids: Record<string, string>;
  batchId: string | null;
  /** The rows as last known: what was sent, then the summary's. */
  rows: BatchRowStatus[];
  progress: Record<string, JobProgress>;
  running: boolean;
  summary: BatchSummary | null;
  failure: Problem | null;
  setOpen(open: boolean): void;
  toggle(projectRoot: string): void;
  setDefault(field: keyof RowOverride, value: string): void;
  setOverride(projectRoot: string, field: keyof RowOverride, value: string): void;
  setExtAppids(projectRoot: string, text: string): void;
  start(recent: RecentProject[]): Promise<void>;
  retry(): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
  /** Once per window: the last batch the app kept (after a restart, a reload, or while it still runs). */
  showLast(): Promise<void>;
}

const EMPTY: RowOverride = { version: '', desc: '' };

export const useBatchStore = create<BatchState>((set, get) => {
  /** Follows the rows' state and progress events while `call` runs, then takes its summary. */
  async function follow(batchId: string, jobIds: string[], call: () => Promise<BatchSummary | null>): Promise<void> {
    const ours = new Set(jobIds);
    const stopProgress = api().on('job:progress', (progress) => {
      if (ours.has(progress.jobId)) set({ progress: { ...get().progress, [progress.jobId]: progress } });
    });
    const stopRows = api().on('batch:row', ({ batchId: from, row }) => {
      // The service learns a row's appid only once its project is read: until then, keep the one shown.
      if (from === batchId) set({ rows: get().rows.map((shown) => (shown.index === row.index ? { ...row, appid: row.appid ?? shown.appid } : shown)) });
    });
    const result = await attempt(call);
    stopProgress();
    stopRows();
    if (!result.ok) return set({ running: false, failure: result.problem });
    if (!result.value) return set({ running: false, failure: { code: 'batch.unknown', severity: 'error' } });
    set({ running: false, summary: result.value, rows: result.value.rows });
  }

  /** A batch that was running before this window loaded: its rows from events, its summary from them. */
  function watch(batchId: string): void {
    const stop = api().on('batch:row', ({ batchId: from, row }) => {
      if (from !== batchId || get().batchId !== batchId) return;
      const rows = get().rows.map((shown) => (shown.index === row.index ? { ...row, appid: row.appid ?? shown.appid } : shown));
      const done = rows.every((r) => r.state === 'ok' || r.state === 'failed');
      set(done ? { rows, running: false, summary: summarise(batchId, rows) } : { rows });
      if (done) stop();
    });
  }

  let lastShown = false;

  return {
    open: false,
    picked: [],
    defaults: EMPTY,
    overrides: {},
    extAppids: {},
    batchId: null,
    rows: [],
    progress: {},
    running: false,
    summary: null,
    failure: null,
    setOpen: (open) => set({ open }),
    toggle(projectRoot) {
      const picked = get().picked;
      set({ picked: picked.includes(projectRoot) ? picked.filter((p) => p !== projectRoot) : [...picked, projectRoot] });
    },
    setDefault: (field, value) => set({ defaults: { ...get().defaults, [field]: value } }),
    setOverride(projectRoot, field, value) {
      const current = get().overrides[projectRoot] ?? EMPTY;
      set({ overrides: { ...get().overrides, [projectRoot]: { ...current, [field]: value } } });
    },
    setExtAppids: (projectRoot, text) => set({ extAppids: { ...get().extAppids, [projectRoot]: text } }),
    async start(recent) {
      if (get().running) return;
      lastShown = true;
      const { picked, defaults, overrides, extAppids } = get();
      const batchId = newJobId();
      // A template with merchant AppIDs becomes a row per merchant (its own values for each); else one row.
      const rows = picked.flatMap((project) => {
        const own = overrides[project] ?? EMPTY;
        const base = { project, ...(own.version.trim() ? { version: own.version } : {}), ...(own.desc.trim() ? { desc: own.desc } : {}) };
        const merchants = parseExtAppidLines(extAppids[project] ?? '').appids;
        const each: Array<string | undefined> = merchants.length > 0 ? merchants : [undefined];
        return each.map((extAppid) => ({ ...base, ...(extAppid ? { extAppid } : {}), jobId: newJobId() }));
      });
      const shown: BatchRowStatus[] = rows.map((row, index) => ({
        index,
        project: row.project,
        appid: recent.find((r) => r.projectRoot === row.project)?.appid,
        ...(row.extAppid ? { extAppid: row.extAppid } : {}),
        version: (row.version ?? defaults.version).trim(),
        jobId: row.jobId,
        state: 'queued',
        attempts: 0,
      }));
      set({ batchId, rows: shown, progress: {}, running: true, summary: null, failure: null });
      const shared = { ...(defaults.version.trim() ? { version: defaults.version } : {}), ...(defaults.desc.trim() ? { desc: defaults.desc } : {}) };
      await follow(
        batchId,
        rows.map((row) => row.jobId),
        () => api().batch.start({ batchId, config: { defaults: shared, rows } }),
      );
    },
    async retry() {
      const { batchId, rows, running } = get();
      if (!batchId || running) return;
      const failed = rows.filter((row) => row.state === 'failed');
      const progress = { ...get().progress };
      for (const row of failed) delete progress[row.jobId];
      set({
        running: true,
        failure: null,
        progress,
        rows: rows.map((row) => (row.state === 'failed' ? { ...row, state: 'queued', problem: undefined } : row)),
      });
      await follow(
        batchId,
        failed.map((row) => row.jobId),
        () => api().batch.retry({ batchId }),
      );
    },
    async cancel() {
      const batchId = get().batchId;
      if (batchId && get().running) await attempt(() => api().batch.cancel({ batchId }));
    },
    reset: () => set({ batchId: null, rows: [], progress: {}, running: false, summary: null, failure: null }),
    async showLast() {
      if (lastShown) return;
      lastShown = true;
      const result = await attempt(() => api().batch.last());
      if (!result.ok || !result.value || get().batchId) return;
      const { summary, running } = result.value;
      set({ batchId: summary.batchId, rows: summary.rows, progress: {}, running, summary: running ? null : summary, failure: null });
      if (running) watch(summary.batchId);
    },
  };
});
