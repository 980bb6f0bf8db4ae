import { create } from 'zustand';
import type { Problem } from '../../shared/model';
import type { NotifyConfig, RobotKind } from '../../shared/notify';
import { api } from '../api';
import { attempt } from './call-failure';

// 通知 in the settings: the desktop switch and the robots. The main process keeps the webhook URLs and
// secrets; this store only ever holds their masked view, and forgets what was typed once it is saved.

export type RobotTestState = { state: 'sending' } | { state: 'ok' } | { state: 'failed'; problem: Problem };

interface NotifyState {
  config: NotifyConfig | null;
  /** The last problem of loading, switching or adding. */
  problem: Problem | null;
  tests: Record<string, RobotTestState>;
  load(): Promise<void>;
  setDesktop(desktop: boolean): Promise<void>;
  /** True when saved (the form then clears itself). */
  add(robot: { kind: RobotKind; url: string; secret: string; appid: string | null }): Promise<boolean>;
  remove(id: string): Promise<void>;
  test(id: string): Promise<void>;
}

export const useNotifyStore = create<NotifyState>((set, get) => ({
  config: null,
  problem: null,
  tests: {},
  async load() {
    const result = await attempt(() => api().notify.config());
    set(result.ok ? { config: result.value, problem: null } : { problem: result.problem });
  },
  async setDesktop(desktop) {
    const result = await attempt(() => api().notify.setDesktop({ desktop }));
    set(result.ok ? { config: result.value, problem: null } : { problem: result.problem });
  },
  async add({ kind, url, secret, appid }) {
    const result = await attempt(() => api().notify.addRobot({ kind, url, appid, ...(secret.trim() ? { secret } : {}) }));
    const problem = !result.ok ? result.problem : result.value.ok ? null : result.value.problem;
    set({ problem });
    if (problem) return false;
    await get().load();
    return true;
  },
  async remove(id) {
    const result = await attempt(() => api().notify.removeRobot({ id }));
    set(result.ok ? { config: result.value, problem: null } : { problem: result.problem });
  },
  async test(id) {
    set({ tests: { ...get().tests, [id]: { state: 'sending' } } });
    const result = await attempt(() => api().notify.testRobot({ id }));
    const outcome: RobotTestState = !result.ok ? { state: 'failed', problem: result.problem } : result.value.ok ? { state: 'ok' } : { state: 'failed', problem: result.value.problem };
    set({ tests: { ...get().tests, [id]: outcome } });
  },
}));
