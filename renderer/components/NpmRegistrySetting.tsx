import { useState } from 'react';
import { useT } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';

/** The npm registry npm installs use when the project's .npmrc names none (empty: npm's own). */
export function NpmRegistrySetting() {
  const t = useT();
  const saved = useSettingsStore((state) => state.npmRegistry);
  const setNpmRegistry = useSettingsStore((state) => state.setNpmRegistry);
  const [draft, setDraft] = useState(saved ?? '');
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');

  const save = async (value: string | null) => {
    const ok = await setNpmRegistry(value);
    setStatus(ok ? 'saved' : 'invalid');
    if (ok && value === null) setDraft('');
  };

  return (
    <>
      <label className="settings__field">
        <span>{t('settings.npmRegistry')}</span>
        <input
          type="url"
          value={draft}
          placeholder={t('settings.npmRegistryPlaceholder')}
          onChange={(event) => {
            setDraft(event.target.value);
            setStatus('idle');
          }}
          data-testid="npm-registry-input"
        />
      </label>
      <p className="muted">{t('settings.npmRegistryHelp')}</p>
      {status === 'invalid' && (
        <p className="problem problem--error" role="alert" data-testid="npm-registry-invalid">
          {t('settings.npmRegistryInvalid')}
        </p>
      )}
      {status === 'saved' && (
        <p className="banner banner--ok" data-testid="npm-registry-saved">
          ✓ {t('settings.saved')}
        </p>
      )}
      <p className="mp-links">
        <button type="button" className="button" onClick={() => void save(draft.trim() || null)} data-testid="npm-registry-save">
          {t('settings.save')}
        </button>
        <button type="button" className="link-button" onClick={() => void save(null)} data-testid="npm-registry-clear">
          {t('settings.npmRegistryDefault')}
        </button>
      </p>
    </>
  );
}
