import { create } from 'zustand';
import type { SavedFile } from '../../shared/saved-file';
import { api } from '../api';
import { attempt } from './call-failure';

// 导出诊断信息: the main process gathers and anonymises, then writes the zip where the operator chooses.

interface DiagnosticsState {
  exporting: boolean;
  saved: SavedFile | null;
  exportZip(): Promise<void>;
}

export const useDiagnosticsStore = create<DiagnosticsState>((set) => ({
  exporting: false,
  saved: null,
  async exportZip() {
    set({ exporting: true, saved: null });
    const result = await attempt(() => api().diagnostics.export());
    set({ exporting: false, saved: result.ok ? result.value : { saved: false, problem: result.problem } });
  },
}));
