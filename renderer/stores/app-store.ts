import { create } from 'zustand';
import type { LinkTarget, MpPage } from '../../shared/deep-links';
import type { AppInfo, Problem } from '../../shared/model';
import { api } from '../api';
import { attempt } from './call-failure';

interface AppState {
  info: AppInfo | null;
  /** Start-up notices, or why the app's own information could not be had. */
  notices: Problem[];
  /** Whether the in-app admin window holds a signed-in mp.weixin.qq.com session. */
  mpSignedIn: boolean;
  load(): Promise<void>;
  refreshMpStatus(): Promise<void>;
  /** An admin page through the session-aware deep link, in the app's window or the system browser. */
  openMpPage(page: MpPage, where: 'app' | 'browser'): Promise<void>;
  /** Where a problem sends the operator: an admin page, or a document in the system browser. */
  openLink(link: LinkTarget, where: 'app' | 'browser'): Promise<void>;
}

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  notices: [],
  mpSignedIn: false,
  async load() {
    const info = await attempt(() => api().app.info());
    set(info.ok ? { info: info.value, notices: info.value.notices } : { notices: [info.problem] });
  },
  async refreshMpStatus() {
    const status = await attempt(() => api().mp.status());
    if (status.ok) set({ mpSignedIn: status.value.signedIn });
  },
  async openMpPage(page, where) {
    await attempt(() => api().mp.open({ page, where }));
  },
  async openLink(link, where) {
    if (link.kind === 'mp') await get().openMpPage(link.page, where);
    else await attempt(() => api().shell.openExternal({ url: link.url }));
  },
}));

/** The browser harness has no native dialogs; the pickers say so instead of doing nothing. */
export const selectIsHarness = (state: AppState) => state.info?.shell === 'harness';
