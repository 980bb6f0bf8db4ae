import { create } from 'zustand';
import type { Lang } from '../../shared/model';
import { api } from '../api';
import { attempt } from './call-failure';

interface SettingsState {
  lang: Lang;
  proxy: string | null;
  /** Where npm packages come from when the project's .npmrc names no registry; null: npm's own. */
  npmRegistry: string | null;
  load(): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  /** False when the main process refused the address. */
  setProxy(proxy: string | null): Promise<boolean>;
  /** False when the main process refused the address. */
  setNpmRegistry(npmRegistry: string | null): Promise<boolean>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  lang: 'zh-CN',
  proxy: null,
  npmRegistry: null,
  async load() {
    const settings = await attempt(() => api().settings.get());
    if (settings.ok) set({ lang: settings.value.lang, proxy: settings.value.proxy, npmRegistry: settings.value.npmRegistry });
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
  async setNpmRegistry(npmRegistry) {
    const settings = await attempt(() => api().settings.update({ npmRegistry }));
    if (settings.ok) set({ npmRegistry: settings.value.npmRegistry });
    return settings.ok;
  },
}));
