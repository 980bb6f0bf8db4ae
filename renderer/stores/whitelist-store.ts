import { create } from 'zustand';
import type { WhitelistType } from '../../shared/domains';
import type { Problem, WhitelistTicks } from '../../shared/model';
import type { PublicIpResult } from '../../shared/network';
import { api } from '../api';
import { attempt, newJobId } from './call-failure';
import { useKeyStore } from './key-store';
import { useSettingsStore } from './settings-store';

type CheckState = { status: 'running' | 'ok' } | { status: 'failed'; problem: Problem };

interface WhitelistState {
  ticks: { appid: string; ticks: WhitelistTicks } | null;
  /** The public IP as seen through a given proxy: another proxy, another answer. */
  ip: { proxy: string | null; result: PublicIpResult } | null;
  ipLooking: boolean;
  /** The last connection check, for the inputs it was made with (see checkInputs). */
  check: { inputs: string; state: CheckState } | null;
  loadTicks(appid: string): Promise<void>;
  tick(appid: string, type: WhitelistType, origin: string, done: boolean): Promise<void>;
  lookUpIp(): Promise<void>;
  checkConnection(projectRoot: string, appid: string): Promise<void>;
}

/**
 * What a connection check proves depends on the project, the key and the proxy. Its answer is
 * shown only while all three are what it was made with; change one and the old card is gone.
 */
export function checkInputs(projectRoot: string, keyFingerprint: string | undefined, proxy: string | null): string {
  return JSON.stringify([projectRoot, keyFingerprint ?? null, proxy]);
}

const currentProxy = () => useSettingsStore.getState().proxy;
const currentFingerprint = (appid: string) => useKeyStore.getState().keys.find((key) => key.appid === appid)?.fingerprint;

export const selectTicks = (appid: string) => (state: WhitelistState) => (state.ticks?.appid === appid ? state.ticks.ticks : null);
export const selectIp = (proxy: string | null) => (state: WhitelistState) => (state.ip?.proxy === proxy ? state.ip.result : null);
export const selectCheck = (inputs: string) => (state: WhitelistState) => (state.check?.inputs === inputs ? state.check.state : null);

export const useWhitelistStore = create<WhitelistState>((set, get) => ({
  ticks: null,
  ip: null,
  ipLooking: false,
  check: null,
  async loadTicks(appid) {
    const ticks = await attempt(() => api().whitelist.ticks({ appid }));
    if (ticks.ok) set({ ticks: { appid, ticks: ticks.value } });
  },
  async tick(appid, type, origin, done) {
    // Shown at once (a checkbox must answer the click), then replaced by what was saved.
    const before = get().ticks;
    if (before?.appid === appid) {
      const others = before.ticks[type].filter((o) => o !== origin);
      set({ ticks: { appid, ticks: { ...before.ticks, [type]: done ? [...others, origin] : others } } });
    }
    const saved = await attempt(() => api().whitelist.tick({ appid, type, origin, done }));
    set({ ticks: saved.ok ? { appid, ticks: saved.value } : before });
  },
  async lookUpIp() {
    const proxy = currentProxy();
    set({ ipLooking: true });
    const ip = await attempt(() => api().network.publicIp());
    set({ ip: { proxy, result: ip.ok ? ip.value : { ok: false, problem: ip.problem } }, ipLooking: false });
  },
  async checkConnection(projectRoot, appid) {
    const inputs = checkInputs(projectRoot, currentFingerprint(appid), currentProxy());
    if (get().check?.state.status === 'running') return;
    set({ check: { inputs, state: { status: 'running' } } });
    const outcome = await attempt(() => api().release.checkConnection({ jobId: newJobId(), projectRoot }));
    const problem = !outcome.ok ? outcome.problem : !outcome.value.ok ? outcome.value.problem : null;
    set({ check: { inputs, state: problem ? { status: 'failed', problem } : { status: 'ok' } } });
  },
}));
