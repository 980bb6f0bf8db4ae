import { create } from 'zustand';
import type { KeyImportResult, StoredKeyInfo } from '../../shared/keys';
import type { Problem } from '../../shared/model';
import { api } from '../api';
import { selectIsHarness, useAppStore } from './app-store';
import { attempt } from './call-failure';

/** The last import: its file (to retry it for this session, or with a confirmed appid) and the answer. */
interface LastImport {
  appid: string;
  path: string;
  result: KeyImportResult;
}

interface ImportOptions {
  sessionOnly?: boolean;
  /** The operator confirmed the key belongs to this appid although the file name names another. */
  confirmedAppid?: string;
}

interface KeyState {
  keys: StoredKeyInfo[];
  busy: boolean;
  /** Shown only while that appid's project is open, until the next action. */
  lastImport: LastImport | null;
  failure: { appid: string; problem: Problem } | null;
  pickerUnavailable: boolean;
  load(): Promise<void>;
  importFile(path: string, appid: string, options?: ImportOptions): Promise<void>;
  pickFile(appid: string): Promise<void>;
  /** The last file again, kept in memory for this session (offered when no keychain exists). */
  importForSession(appid: string): Promise<void>;
  /** The last file again, saved for `appid` although its name names another appid. */
  importConfirmed(appid: string): Promise<void>;
  remove(appid: string): Promise<void>;
  showProblem(appid: string, problem: Problem): void;
  /** Before a replacement key is dropped: the old answer no longer applies. */
  clearAnswer(): void;
}

const mine = <T extends { appid: string }>(value: T | null, appid: string | undefined): T | null => (value && value.appid === appid ? value : null);
export const selectLastImport = (appid: string | undefined) => (state: KeyState) => mine(state.lastImport, appid)?.result ?? null;
export const selectKeyFailure = (appid: string | undefined) => (state: KeyState) => mine(state.failure, appid)?.problem ?? null;
export const selectKeyFor = (appid: string | undefined) => (state: KeyState) => state.keys.find((key) => key.appid === appid) ?? null;

export const useKeyStore = create<KeyState>((set, get) => {
  const retry = async (appid: string, options: ImportOptions) => {
    const last = mine(get().lastImport, appid);
    if (last) await get().importFile(last.path, appid, options);
  };
  return {
    keys: [],
    busy: false,
    lastImport: null,
    failure: null,
    pickerUnavailable: false,
    async load() {
      const keys = await attempt(() => api().keys.list());
      if (keys.ok) set({ keys: keys.value });
    },
    async importFile(path, appid, options = {}) {
      set({ busy: true, lastImport: null, failure: null, pickerUnavailable: false });
      const result = await attempt(() => api().keys.import({ path, appid, ...options }));
      set(result.ok ? { lastImport: { appid, path, result: result.value } } : { failure: { appid, problem: result.problem } });
      await get().load();
      set({ busy: false });
    },
    async pickFile(appid) {
      const picked = await attempt(() => api().keys.pickFile());
      if (!picked.ok) set({ failure: { appid, problem: picked.problem } });
      else if (picked.value) await get().importFile(picked.value, appid);
      else set({ pickerUnavailable: selectIsHarness(useAppStore.getState()) });
    },
    importForSession: (appid) => retry(appid, { sessionOnly: true }),
    importConfirmed: (appid) => retry(appid, { confirmedAppid: appid }),
    async remove(appid) {
      const keys = await attempt(() => api().keys.remove({ appid }));
      set(keys.ok ? { keys: keys.value, lastImport: null } : { failure: { appid, problem: keys.problem } });
    },
    showProblem(appid, problem) {
      set({ failure: { appid, problem }, lastImport: null });
    },
    clearAnswer() {
      set({ lastImport: null, failure: null });
    },
  };
});
