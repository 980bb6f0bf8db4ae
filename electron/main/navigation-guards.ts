import type { WebContents } from 'electron';
import { isAllowedExternalUrl } from '../services/links/external-links';
import { APP_ORIGIN } from './app-origin';

/**
 * The window never leaves the app: navigation away is refused, new windows are refused, and a
 * link to an allowed WeChat page goes to the system browser instead.
 */
export function guardNavigation(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
