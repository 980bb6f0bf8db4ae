import { useState } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { useT } from '../i18n';

export interface UrlSettingWords {
  label: MessageKey;
  placeholder: MessageKey;
  help: MessageKey;
  invalid: MessageKey;
  /** The button that clears the setting, named for what clearing means ("No proxy", "npm's own registry"). */
  clear: MessageKey;
}

interface UrlSettingProps {
  saved: string | null;
  /** False when the main process refused the address. */
  save(value: string | null): Promise<boolean>;
  words: UrlSettingWords;
  /** Prefix of the test ids: `<id>-input`, `-save`, `-clear`, `-saved`, `-invalid`. */
  id: string;
}

/** One address setting (a proxy, a registry): typed, saved or cleared, with what happened said under it. */
export function UrlSetting({ saved, save, words, id }: UrlSettingProps) {
  const t = useT();
  const [draft, setDraft] = useState(saved ?? '');
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');

  const submit = async (value: string | null) => {
    const ok = await save(value);
    setStatus(ok ? 'saved' : 'invalid');
    if (ok && value === null) setDraft('');
  };

  return (
    <>
      <label className="settings__field">
        <span>{t(words.label)}</span>
        <input
          type="url"
          value={draft}
          placeholder={t(words.placeholder)}
          onChange={(event) => {
            setDraft(event.target.value);
            setStatus('idle');
          }}
          data-testid={`${id}-input`}
        />
      </label>
      <p className="muted">{t(words.help)}</p>
      {status === 'invalid' && (
        <p className="problem problem--error" role="alert" data-testid={`${id}-invalid`}>
          {t(words.invalid)}
        </p>
      )}
      {status === 'saved' && (
        <p className="banner banner--ok" data-testid={`${id}-saved`}>
          ✓ {t('settings.saved')}
        </p>
      )}
      <p className="mp-links">
        <button type="button" className="button" onClick={() => void submit(draft.trim() || null)} data-testid={`${id}-save`}>
          {t('settings.save')}
        </button>
        <button type="button" className="link-button" onClick={() => void submit(null)} data-testid={`${id}-clear`}>
          {t(words.clear)}
        </button>
      </p>
    </>
  );
}
