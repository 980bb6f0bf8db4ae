import { BrowserWindow } from 'electron';
import { isWechatHost } from '../../shared/deep-links';
import type { MpSession } from '../services/links/mp-session';
import { isAllowedExternalUrl } from '../services/links/external-links';
import { mpAdminWindowOptions } from './window';

function wechatUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && isWechatHost(url.hostname);
  } catch {
    return false;
  }
}

/**
 * One in-app window on mp.weixin.qq.com. The operator signs in by QR once; every URL it lands
 * on goes to the session, which reads the token so later links open the exact page. It may
 * only show WeChat's own hosts; any other link goes to the system browser, if allow-listed.
 */
export function createMpAdminWindow(session: MpSession, openExternal: (url: string) => Promise<void>, title: () => string) {
  let window: BrowserWindow | null = null;

  function guard(contents: Electron.WebContents): void {
    contents.on('will-navigate', (event, url) => {
      if (wechatUrl(url)) return;
      event.preventDefault();
      if (isAllowedExternalUrl(url)) void openExternal(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!wechatUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      // The admin site opens some pages in new tabs; they stay in this one window.
      if (wechatUrl(url)) void contents.loadURL(url);
      else if (isAllowedExternalUrl(url)) void openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('did-navigate', (_event, url) => session.observe(url));
    contents.on('did-navigate-in-page', (_event, url) => session.observe(url));
  }

  return {
    async open(url: string): Promise<void> {
      if (!window || window.isDestroyed()) {
        window = new BrowserWindow(mpAdminWindowOptions(title()));
        guard(window.webContents);
        window.on('closed', () => {
          window = null;
        });
      }
      window.show();
      await window.loadURL(url);
    },
  };
}
