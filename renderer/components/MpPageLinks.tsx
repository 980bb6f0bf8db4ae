import type { MpPage } from '../../shared/deep-links';
import { api } from '../api';
import { useT } from '../i18n';

/** The way to an admin page: in the app's own mp.weixin.qq.com window, or in the system browser. */
export function MpPageLinks({ page, label }: { page: MpPage; label: string }) {
  const t = useT();
  return (
    <span className="mp-links">
      <button type="button" className="button" onClick={() => void api().mp.open({ page, where: 'app' })} data-testid={`open-${page}`}>
        {label} ↗
      </button>
      <button type="button" className="link-button" onClick={() => void api().mp.open({ page, where: 'browser' })} data-testid={`open-${page}-browser`}>
        {t('wl.openInBrowser')}
      </button>
    </span>
  );
}
