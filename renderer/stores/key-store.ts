import { create } from 'zustand';
import type { KeyImportResult, StoredKeyInfo } from '../../shared/keys';
import type { Problem } from '../../shared/model';
import { api } from '../api';
import { selectIsHarness, useAppStore } from './app-store';
import { attempt } from './call-failure';

/** What the key step says about one appid; shown only while that appid's project is open. */
type ForAppid<T> = { appid: string } & T;

interface KeyState {
  keys: StoredKeyInfo[];
  busy: boolean;
  /** The last import's answer, until the next action or another project. */
  lastImport: ForAppid<{ result: KeyImportResult }> | null;
  failure: ForAppid<{ problem: Problem }> | null;
  /** The file of an import refused only for lack of a keychain, kept to offer session-only use. */
  pendingPath: ForAppid<{ path: string }> | null;
  pickerUnavailable: boolean;
  load(): Promise<void>;
  importFile(path: string, appid: string, sessionOnly?: boolean): Promise<void>;
  pickFile(appid: string): Promise<void>;
  importForSession(appid: string): Promise<void>;
  remove(appid: string): Promise<void>;
  showProblem(appid: string, problem: Problem): void;
  /** Before a replacement key is dropped: the old answer no longer applies. */
  clearAnswer(): void;
}

const mine = <T extends { appid: string }>(value: T | null, appid: string | undefined): T | null => (value && value.appid === appid ? value : null);
export const selectLastImport = (appid: string | undefined) => (state: KeyState) => mine(state.lastImport, appid)?.result ?? null;
export const selectKeyFailure = (appid: string | undefined) => (state: KeyState) => mine(state.failure, appid)?.problem ?? null;
export const selectPendingPath = (appid: string | undefined) => (state: KeyState) => mine(state.pendingPath, appid)?.path ?? null;
export const selectKeyFor = (appid: string | undefined) => (state: KeyState) => state.keys.find((key) => key.appid === appid) ?? null;

export const useKeyStore = create<KeyState>((set, get) => ({
  keys: [],
  busy: false,
  lastImport: null,
  failure: null,
  pendingPath: null,
  pickerUnavailable: false,
  async load() {
    const keys = await attempt(() => api().keys.list());
    if (keys.ok) set({ keys: keys.value });
  },
  async importFile(path, appid, sessionOnly = false) {
    set({ busy: true, lastImport: null, failure: null, pendingPath: null, pickerUnavailable: false });
    const result = await attempt(() => api().keys.import({ path, appid, sessionOnly }));
    if (result.ok) {
      const refusedForKeychain = !result.value.ok && result.value.canUseForSession;
      set({ lastImport: { appid, result: result.value }, pendingPath: refusedForKeychain ? { appid, path } : null });
    } else {
      set({ failure: { appid, problem: result.problem } });
    }
    await get().load();
    set({ busy: false });
  },
  async pickFile(appid) {
    const picked = await attempt(() => api().keys.pickFile());
    if (!picked.ok) set({ failure: { appid, problem: picked.problem } });
    else if (picked.value) await get().importFile(picked.value, appid);
    else set({ pickerUnavailable: selectIsHarness(useAppStore.getState()) });
  },
  async importForSession(appid) {
    const pending = mine(get().pendingPath, appid);
    if (pending) await get().importFile(pending.path, appid, true);
  },
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
}));
