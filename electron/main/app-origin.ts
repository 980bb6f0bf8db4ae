import path from 'node:path';

// The renderer is served from a custom scheme rather than file://, so it has a real origin
// that the sender check and the CSP can name, and no access to other local files.
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** The file under `rendererDir` that an app:// URL names, or null when it points anywhere else. */
export function resolveAppFile(rendererDir: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

/** IPC is answered only for our own page's main frame: not for iframes, not for other origins. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null): boolean {
  if (!frame || !frame.isMainFrame) return false;
  // Node's URL gives custom schemes an opaque origin ('null'), so compare the parts.
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
