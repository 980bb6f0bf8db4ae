import { create } from 'zustand';
import { FIRST_RELEASE_ITEMS, type FirstReleaseItem, type FirstReleaseState } from '../../shared/first-release';
import type { Problem } from '../../shared/model';
import { api } from '../api';
import { attempt } from './call-failure';

// The first-release checklist of the 提审 step: what WeChat last said of `released` for the appid
// (recorded by the main process at every connection check), the operator's word, and the ticks.

interface FirstReleaseStoreState {
  /** The appid the state is about; another appid shows none of it. */
  appid: string | null;
  /** undefined until loaded. */
  state: FirstReleaseState | undefined;
  problem: Problem | null;
  load(appid: string): Promise<void>;
  tick(appid: string, item: FirstReleaseItem, done: boolean): Promise<void>;
  setOperatorSaysFirst(appid: string, first: boolean): Promise<void>;
}

export const useFirstReleaseStore = create<FirstReleaseStoreState>((set, get) => {
  const apply = async (appid: string, call: () => Promise<FirstReleaseState>) => {
    const result = await attempt(call);
    if (get().appid !== appid) return;
    set(result.ok ? { state: result.value, problem: null } : { problem: result.problem });
  };
  const optimistic = (appid: string, change: (state: FirstReleaseState) => FirstReleaseState) => {
    const { state } = get();
    if (get().appid === appid && state) set({ state: change(state) });
  };
  return {
    appid: null,
    state: undefined,
    problem: null,
    async load(appid) {
      if (get().appid !== appid) set({ appid, state: undefined, problem: null });
      await apply(appid, () => api().firstRelease.get({ appid }));
    },
    async tick(appid, item, done) {
      // Shown at once (a checkbox must not wait for the main process), then replaced by what was kept.
      optimistic(appid, (state) => ({ ...state, done: FIRST_RELEASE_ITEMS.filter((i) => (i === item ? done : state.done.includes(i))) }));
      await apply(appid, () => api().firstRelease.update({ appid, tick: { item, done } }));
    },
    async setOperatorSaysFirst(appid, first) {
      optimistic(appid, (state) => ({ ...state, operatorSaysFirst: first }));
      await apply(appid, () => api().firstRelease.update({ appid, operatorSaysFirst: first }));
    },
  };
});

export const selectFirstRelease = (appid: string) => (s: FirstReleaseStoreState) => (s.appid === appid ? s.state : undefined);
export const selectFirstReleaseProblem = (appid: string) => (s: FirstReleaseStoreState) => (s.appid === appid ? s.problem : null);
