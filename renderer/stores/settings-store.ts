import { create } from 'zustand';
import type { Lang } from '../../shared/model';
import { api } from '../api';

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
    const settings = await api().settings.get();
    set({ lang: settings.lang, proxy: settings.proxy });
  },
  async setLang(lang) {
    set({ lang });
    const settings = await api().settings.update({ lang });
    set({ lang: settings.lang });
  },
  async setProxy(proxy) {
    try {
      const settings = await api().settings.update({ proxy });
      set({ proxy: settings.proxy });
      return true;
    } catch {
      return false;
    }
  },
}));
