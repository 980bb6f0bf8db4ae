import { create } from 'zustand';
import type { Lang, Settings } from '../../shared/model';
import type { SettingsPatch } from '../../shared/schemas';
import { api } from '../api';
import { attempt } from './call-failure';

/** The defaults until the main process answers; the same as a fresh install's. */
const INITIAL: Omit<Settings, 'ipEchoServices'> = { lang: 'zh-CN', proxy: null, npmRegistry: null, operatorName: '', defaultRobot: 1, jobDeadlineMinutes: 10 };

interface SettingsState extends Omit<Settings, 'ipEchoServices'> {
  load(): Promise<void>;
  /** Saves a change; false when the main process refused it (the field then says so). */
  save(patch: SettingsPatch): Promise<boolean>;
  setLang(lang: Lang): Promise<void>;
  setProxy(proxy: string | null): Promise<boolean>;
  setNpmRegistry(npmRegistry: string | null): Promise<boolean>;
}

export const useSettingsStore = create<SettingsState>((set, get) => ({
  ...INITIAL,
  async load() {
    const settings = await attempt(() => api().settings.get());
    if (settings.ok) set(settings.value);
  },
  async save(patch) {
    const settings = await attempt(() => api().settings.update(patch));
    if (settings.ok) set(settings.value);
    return settings.ok;
  },
  async setLang(lang) {
    set({ lang });
    await get().save({ lang });
  },
  setProxy: (proxy) => get().save({ proxy }),
  setNpmRegistry: (npmRegistry) => get().save({ npmRegistry }),
}));
