import { create } from 'zustand';
import type { KeyImportResult, StoredKeyInfo } from '../../shared/keys';
import type { Problem } from '../../shared/model';
import { api } from '../api';

interface KeyState {
  keys: StoredKeyInfo[];
  busy: boolean;
  /** The last import's answer, shown until the next action. */
  result: KeyImportResult | null;
  failure: Problem | null;
  /** The file of an import refused only for lack of a keychain, kept to offer session-only use. */
  pendingPath: string | null;
  load(): Promise<void>;
  importFile(path: string, appid: string, sessionOnly?: boolean): Promise<void>;
  importForSession(appid: string): Promise<void>;
  remove(appid: string): Promise<void>;
  showProblem(problem: Problem): void;
}

const callFailure = (error: unknown): Problem => ({
  code: 'app.call-failed',
  severity: 'error',
  detail: error instanceof Error ? error.message : String(error),
});

export const useKeyStore = create<KeyState>((set, get) => ({
  keys: [],
  busy: false,
  result: null,
  failure: null,
  pendingPath: null,
  async load() {
    try {
      set({ keys: await api().keys.list() });
    } catch (error) {
      set({ failure: callFailure(error) });
    }
  },
  async importFile(path, appid, sessionOnly = false) {
    set({ busy: true, result: null, failure: null, pendingPath: null });
    try {
      const result = await api().keys.import({ path, appid, sessionOnly });
      set({ result, pendingPath: !result.ok && result.canUseForSession ? path : null });
      await get().load();
    } catch (error) {
      set({ failure: callFailure(error) });
    } finally {
      set({ busy: false });
    }
  },
  async importForSession(appid) {
    const path = get().pendingPath;
    if (path) await get().importFile(path, appid, true);
  },
  async remove(appid) {
    set({ keys: await api().keys.remove({ appid }), result: null });
  },
  showProblem(problem) {
    set({ failure: problem, result: null });
  },
}));
