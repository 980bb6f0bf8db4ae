import type { Lang } from '../../shared/model';
import { useSettingsStore } from '../stores/settings-store';
import { en } from './en';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

const DICTIONARIES: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dictionary = DICTIONARIES[lang];
  return (key, params) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
}

export function useT(): Translate {
  const lang = useSettingsStore((state) => state.lang);
  return translator(lang);
}

export type { MessageKey };
