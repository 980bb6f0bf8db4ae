import { create } from 'zustand';
import type { Lang } from '../../shared/model';
import { api } from '../api';
import { attempt } from './call-failure';

interface SettingsState {
  lang: Lang;
  proxy: string | null;
  load(): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  /** False when the main process refused the address. */
  setProxy(proxy: string | null): Promise<boolean>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  lang: 'zh-CN',
  proxy: null,
  async load() {
    const settings = await attempt(() => api().settings.get());
    if (settings.ok) set({ lang: settings.value.lang, proxy: settings.value.proxy });
  },
  async setLang(lang) {
    set({ lang });
    const settings = await attempt(() => api().settings.update({ lang }));
    if (settings.ok) set({ lang: settings.value.lang });
  },
  async setProxy(proxy) {
    const settings = await attempt(() => api().settings.update({ proxy }));
    if (settings.ok) set({ proxy: settings.value.proxy });
    return settings.ok;
  },
}));
