import type { BrowserWindow } from 'electron';
import type { MpSession } from '../services/links/mp-session';
import { guardAdminNavigation } from './navigation-guards';
import { newMpAdminWindow } from './window';

/**
 * One in-app window on mp.weixin.qq.com. The operator signs in by QR once; every URL it lands
 * on goes to the session, which reads the token so later links open the exact page. It may
 * only show the admin site; any other link goes to the system browser, if allow-listed.
 */
export function createMpAdminWindow(session: MpSession, openExternal: (url: string) => Promise<void>, title: () => string) {
  let window: BrowserWindow | null = null;

  return {
    async open(url: string): Promise<void> {
      if (!window || window.isDestroyed()) {
        window = newMpAdminWindow(title());
        guardAdminNavigation(window.webContents, openExternal, (landed) => session.observe(landed));
        window.on('closed', () => {
          window = null;
        });
      }
      window.show();
      await window.loadURL(url);
    },
  };
}
