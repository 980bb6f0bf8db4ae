import { useState } from 'react';
import { useT } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';
import { NpmRegistrySetting } from './NpmRegistrySetting';

/** The proxy the app uses for WeChat and the IP lookup: decided here, never taken from the environment. */
export function SettingsPanel({ onClose }: { onClose(): void }) {
  const t = useT();
  const saved = useSettingsStore((state) => state.proxy);
  const setProxy = useSettingsStore((state) => state.setProxy);
  const [draft, setDraft] = useState(saved ?? '');
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');

  const save = async (value: string | null) => {
    const ok = await setProxy(value);
    setStatus(ok ? 'saved' : 'invalid');
    if (ok && value === null) setDraft('');
  };

  return (
    <section className="card settings" data-testid="settings-panel">
      <h2>{t('settings.heading')}</h2>
      <label className="settings__field">
        <span>{t('settings.proxy')}</span>
        <input
          type="url"
          value={draft}
          placeholder={t('settings.proxyPlaceholder')}
          onChange={(event) => {
            setDraft(event.target.value);
            setStatus('idle');
          }}
          data-testid="proxy-input"
        />
      </label>
      <p className="muted">{t('settings.proxyHelp')}</p>
      {status === 'invalid' && (
        <p className="problem problem--error" role="alert" data-testid="proxy-invalid">
          {t('settings.proxyInvalid')}
        </p>
      )}
      {status === 'saved' && (
        <p className="banner banner--ok" data-testid="proxy-saved">
          ✓ {t('settings.saved')}
        </p>
      )}
      <p className="mp-links">
        <button type="button" className="button" onClick={() => void save(draft.trim() || null)} data-testid="proxy-save">
          {t('settings.save')}
        </button>
        <button type="button" className="link-button" onClick={() => void save(null)} data-testid="proxy-clear">
          {t('settings.noProxy')}
        </button>
      </p>
      <NpmRegistrySetting />
      <p className="mp-links">
        <button type="button" className="link-button" onClick={onClose}>
          {t('settings.close')}
        </button>
      </p>
    </section>
  );
}
