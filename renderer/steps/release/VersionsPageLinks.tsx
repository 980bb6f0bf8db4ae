import { useT } from '../../i18n';
import { useAppStore } from '../../stores/app-store';

/** 版本管理, through the session-aware deep link: in the app's admin window or the system browser. */
export function VersionsPageLinks({ testIdPrefix = 'open-versions' }: { testIdPrefix?: string }) {
  const t = useT();
  const openMpPage = useAppStore((state) => state.openMpPage);
  return (
    <span className="mp-links">
      <button type="button" className="button button--secondary" onClick={() => void openMpPage('versions', 'app')} data-testid={`${testIdPrefix}-app`}>
        {t('release.openVersions')} ↗
      </button>
      <button type="button" className="link-button" onClick={() => void openMpPage('versions', 'browser')} data-testid={`${testIdPrefix}-browser`}>
        {t('wl.openInBrowser')}
      </button>
    </span>
  );
}
