import { create } from 'zustand';
import type { Problem } from '../../shared/model';
import type { SavedFile } from '../../shared/saved-file';
import type { TrialQr } from '../../shared/trial-link';
import { api } from '../api';
import { attempt } from './call-failure';

// The 体验版: which robot's upload the operator set as 体验版 in 版本管理 (the ledger, per appid), and
// the 体验版 QR code the main process draws for the appid and page.

interface TrialState {
  /** The appid the state is about; another appid shows none of it. */
  appid: string | null;
  /** The robot recorded as the 体验版's, null when none; undefined until loaded. */
  robot: number | null | undefined;
  qr: TrialQr | null;
  saved: SavedFile | null;
  problem: Problem | null;
  load(appid: string): Promise<void>;
  setRobot(appid: string, robot: number | null): Promise<void>;
  /** Draws the QR for this appid and page; a later call for another page wins. */
  makeQr(appid: string, pagePath: string, searchQuery: string): Promise<void>;
  save(appid: string): Promise<void>;
}

let qrRequest = 0;

export const useTrialStore = create<TrialState>((set, get) => ({
  appid: null,
  robot: undefined,
  qr: null,
  saved: null,
  problem: null,
  async load(appid) {
    if (get().appid !== appid) set({ appid, robot: undefined, qr: null, saved: null, problem: null });
    const robot = await attempt(() => api().trial.robot({ appid }));
    set(robot.ok ? { robot: robot.value } : { problem: robot.problem });
  },
  async setRobot(appid, robot) {
    const saved = await attempt(() => api().trial.setRobot({ appid, robot }));
    set(saved.ok ? { appid, robot: saved.value, problem: null } : { problem: saved.problem });
  },
  async makeQr(appid, pagePath, searchQuery) {
    const request = ++qrRequest;
    const qr = await attempt(() => api().trial.qr({ appid, pagePath: pagePath.trim() || undefined, searchQuery: searchQuery.trim() || undefined }));
    if (request !== qrRequest) return;
    set(qr.ok ? { appid, qr: qr.value, saved: null } : { problem: qr.problem });
  },
  async save(appid) {
    const { qr } = get();
    if (!qr) return;
    const result = await attempt(() => api().qr.save({ kind: 'trial', appid, image: qr.image }));
    set({ saved: result.ok ? result.value : { saved: false, problem: result.problem } });
  },
}));

export const selectTrialRobot = (appid: string) => (state: TrialState) => (state.appid === appid ? state.robot : undefined);
export const selectTrialQr = (appid: string) => (state: TrialState) => (state.appid === appid ? state.qr : null);
export const selectTrialSaved = (appid: string) => (state: TrialState) => (state.appid === appid ? state.saved : null);
export const selectTrialProblem = (appid: string) => (state: TrialState) => (state.appid === appid ? state.problem : null);
