import { create } from 'zustand';
import type { ReleaseRecord } from '../../shared/history';
import { filterHistory, NO_FILTER, type HistoryFilter } from '../../shared/history-view';
import type { Problem } from '../../shared/model';
import type { SavedFile } from '../../shared/saved-file';
import { api } from '../api';
import { attempt } from './call-failure';
import { lookupOf, useReviewStore } from './review-store';
import { useSettingsStore } from './settings-store';

// The project's uploads and previews as the main process keeps them, the filter on them, and the
// CSV export of what the filter keeps (written by the main process where the operator chooses).

interface HistoryState {
  /** The project the records are of; another project shows none of them. */
  projectRoot: string | null;
  /** Oldest first, as kept. */
  records: ReleaseRecord[];
  problem: Problem | null;
  filter: HistoryFilter;
  /** The last export: the file and how many records went into it, or why not. */
  exported: { result: SavedFile; count: number } | null;
  load(projectRoot: string): Promise<void>;
  setFilter(patch: Partial<HistoryFilter>): void;
  exportCsv(): Promise<void>;
}

const EMPTY: ReleaseRecord[] = [];

export const useHistoryStore = create<HistoryState>((set, get) => ({
  projectRoot: null,
  records: EMPTY,
  problem: null,
  filter: NO_FILTER,
  exported: null,
  async load(projectRoot) {
    if (get().projectRoot !== projectRoot) set({ projectRoot, records: EMPTY, problem: null, exported: null });
    const records = await attempt(() => api().history.list({ projectRoot }));
    if (get().projectRoot !== projectRoot) return;
    set(records.ok ? { records: records.value, problem: null } : { problem: records.problem });
  },
  setFilter(patch) {
    set({ filter: { ...get().filter, ...patch }, exported: null });
  },
  async exportCsv() {
    const { projectRoot, filter, records } = get();
    if (!projectRoot) return;
    const count = filterHistory(records, filter, useSettingsStore.getState().lang, lookupOf(useReviewStore.getState().books)).length;
    const result = await attempt(() => api().history.exportCsv({ projectRoot, filter }));
    set({ exported: { result: result.ok ? result.value : { saved: false, problem: result.problem }, count } });
  },
}));

export const selectRecords = (projectRoot: string) => (state: HistoryState) => (state.projectRoot === projectRoot ? state.records : EMPTY);
