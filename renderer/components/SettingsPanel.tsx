import { useT } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';
import { DiagnosticsSettings } from './DiagnosticsSettings';
import { NotifySettings } from './NotifySettings';
import { ReleaseSettings } from './ReleaseSettings';
import { UrlSetting } from './UrlSetting';

/**
 * The network settings: the proxy the app uses for WeChat and the IP lookup (decided here, never taken
 * from the environment), and the npm registry installs use when the project's .npmrc names none.
 */
export function SettingsPanel({ onClose }: { onClose(): void }) {
  const t = useT();
  const proxy = useSettingsStore((state) => state.proxy);
  const npmRegistry = useSettingsStore((state) => state.npmRegistry);
  const { setProxy, setNpmRegistry } = useSettingsStore.getState();
  return (
    <section className="card settings" data-testid="settings-panel">
      <h2>{t('settings.heading')}</h2>
      <UrlSetting
        id="proxy"
        saved={proxy}
        save={setProxy}
        words={{ label: 'settings.proxy', placeholder: 'settings.proxyPlaceholder', help: 'settings.proxyHelp', invalid: 'settings.proxyInvalid', clear: 'settings.noProxy' }}
      />
      <UrlSetting
        id="npm-registry"
        saved={npmRegistry}
        save={setNpmRegistry}
        words={{
          label: 'settings.npmRegistry',
          placeholder: 'settings.npmRegistryPlaceholder',
          help: 'settings.npmRegistryHelp',
          invalid: 'settings.npmRegistryInvalid',
          clear: 'settings.npmRegistryDefault',
        }}
      />
      <ReleaseSettings />
      <NotifySettings />
      <DiagnosticsSettings />
      <p className="mp-links">
        <button type="button" className="link-button" onClick={onClose}>
          {t('settings.close')}
        </button>
      </p>
    </section>
  );
}
