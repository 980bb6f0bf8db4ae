import { create } from 'zustand';
import type { Lang } from '../../shared/model';
import { api } from '../api';

interface SettingsState {
  lang: Lang;
  load(): Promise<void>;
  setLang(lang: Lang): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  lang: 'zh-CN',
  async load() {
    const settings = await api().settings.get();
    set({ lang: settings.lang });
  },
  async setLang(lang) {
    set({ lang });
    const settings = await api().settings.update({ lang });
    set({ lang: settings.lang });
  },
}));
