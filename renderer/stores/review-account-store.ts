import { create } from 'zustand';
import type { Problem } from '../../shared/model';
import type { ReviewAccount } from '../../shared/review-account';
import { api } from '../api';
import { attempt } from './call-failure';

// The reviewer's test account for the appid. The main process keeps it encrypted; the window holds
// the plain account only while the 提审 step needs it (to copy it into the form).

interface ReviewAccountState {
  appid: string | null;
  /** null: none saved; undefined: not loaded yet. */
  account: ReviewAccount | null | undefined;
  /** After a save: 'stored' in the keychain, or kept for this 'session' only (no keychain here). */
  saved: 'stored' | 'session' | null;
  problem: Problem | null;
  load(appid: string): Promise<void>;
  save(appid: string, account: ReviewAccount): Promise<void>;
  clear(appid: string): Promise<void>;
}

export const useReviewAccountStore = create<ReviewAccountState>((set, get) => ({
  appid: null,
  account: undefined,
  saved: null,
  problem: null,
  async load(appid) {
    if (get().appid !== appid) set({ appid, account: undefined, saved: null, problem: null });
    const result = await attempt(() => api().reviewAccount.get({ appid }));
    if (get().appid !== appid) return;
    set(result.ok ? { account: result.value } : { problem: result.problem });
  },
  async save(appid, account) {
    const result = await attempt(() => api().reviewAccount.set({ appid, ...account }));
    if (get().appid !== appid) return;
    if (!result.ok) return set({ problem: result.problem, saved: null });
    if (!result.value.ok) return set({ problem: result.value.problem, saved: null });
    set({ account, saved: result.value.sessionOnly ? 'session' : 'stored', problem: null });
  },
  async clear(appid) {
    const result = await attempt(() => api().reviewAccount.clear({ appid }));
    if (get().appid !== appid) return;
    set(result.ok ? { account: null, saved: null, problem: null } : { problem: result.problem });
  },
}));

export const selectReviewAccount = (appid: string) => (s: ReviewAccountState) => (s.appid === appid ? s.account : undefined);
export const selectReviewAccountSaved = (appid: string) => (s: ReviewAccountState) => (s.appid === appid ? s.saved : null);
export const selectReviewAccountProblem = (appid: string) => (s: ReviewAccountState) => (s.appid === appid ? s.problem : null);
