import type { MpPage } from '../../shared/deep-links';
import { useT } from '../i18n';
import { useAppStore } from '../stores/app-store';

/** The way to an admin page: in the app's own mp.weixin.qq.com window, or in the system browser. */
export function MpPageLinks({ page, label }: { page: MpPage; label: string }) {
  const t = useT();
  const openMpPage = useAppStore((state) => state.openMpPage);
  return (
    <span className="mp-links">
      <button type="button" className="button button--secondary" onClick={() => void openMpPage(page, 'app')} data-testid={`open-${page}`}>
        {label} ↗
      </button>
      <button type="button" className="link-button" onClick={() => void openMpPage(page, 'browser')} data-testid={`open-${page}-browser`}>
        {t('wl.openInBrowser')}
      </button>
    </span>
  );
}
