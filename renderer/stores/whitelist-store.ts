import { create } from 'zustand';
import type { WhitelistTicks } from '../../shared/api';
import type { ProjectDomainScan, WhitelistType } from '../../shared/domains';
import type { Problem } from '../../shared/model';
import type { PublicIpResult } from '../../shared/network';
import { api } from '../api';
import { runJob } from '../run-job';

type CheckState = { status: 'idle' | 'running' | 'ok' } | { status: 'failed'; problem: Problem };

interface WhitelistState {
  scanning: boolean;
  scan: ProjectDomainScan | null;
  ticks: WhitelistTicks | null;
  ip: PublicIpResult | null;
  ipLooking: boolean;
  check: CheckState;
  load(projectRoot: string, appid: string): Promise<void>;
  tick(appid: string, type: WhitelistType, origin: string, done: boolean): Promise<void>;
  lookUpIp(): Promise<void>;
  checkConnection(projectRoot: string): Promise<void>;
}

const failure = (error: unknown): Problem => ({ code: 'app.call-failed', severity: 'error', detail: error instanceof Error ? error.message : String(error) });

export const useWhitelistStore = create<WhitelistState>((set, get) => ({
  scanning: false,
  scan: null,
  ticks: null,
  ip: null,
  ipLooking: false,
  check: { status: 'idle' },
  async load(projectRoot, appid) {
    set({ scanning: true });
    try {
      const [scan, ticks] = await Promise.all([api().whitelist.scan({ projectRoot }), api().whitelist.ticks({ appid })]);
      set({ scan, ticks });
    } catch (error) {
      set({ scan: { ok: false, problem: failure(error) } });
    } finally {
      set({ scanning: false });
    }
  },
  async tick(appid, type, origin, done) {
    // Shown at once (a checkbox must answer the click), then replaced by what was saved.
    const current = get().ticks;
    if (current) {
      const others = current[type].filter((o) => o !== origin);
      set({ ticks: { ...current, [type]: done ? [...others, origin] : others } });
    }
    try {
      set({ ticks: await api().whitelist.tick({ appid, type, origin, done }) });
    } catch {
      set({ ticks: current });
    }
  },
  async lookUpIp() {
    set({ ipLooking: true });
    try {
      set({ ip: await api().network.publicIp() });
    } catch (error) {
      set({ ip: { ok: false, problem: failure(error) } });
    } finally {
      set({ ipLooking: false });
    }
  },
  async checkConnection(projectRoot) {
    if (get().check.status === 'running') return;
    set({ check: { status: 'running' } });
    const end = await runJob(() => api().release.checkConnection({ projectRoot }));
    const problem = !end.ok ? end.problem : !end.outcome.ok ? end.outcome.problem : null;
    set({ check: problem ? { status: 'failed', problem } : { status: 'ok' } });
  },
}));
