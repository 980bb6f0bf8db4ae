import { useMemo } from 'react';
import { translator, type Translate } from '../../shared/i18n';
import { useSettingsStore } from '../stores/settings-store';

export type { MessageKey, Translate } from '../../shared/i18n';

/** The translator for the language the operator chose; the dictionaries are shared with the CLI. */
export function useT(): Translate {
  const lang = useSettingsStore((state) => state.lang);
  return useMemo(() => translator(lang), [lang]);
}
