import { isAllowedExternalUrl } from '../services/links/external-links';
import { APP_ORIGIN } from './app-origin';

// Where each window's own page may go. 'external': refused here, but handed to the system
// browser because the external-link allowlist names it. 'refuse': dropped.
export type NavigationVerdict = 'allow' | 'external' | 'refuse';

/**
 * The hosts the in-app admin window may navigate its page to: exactly the admin site.
 * - mp.weixin.qq.com: every admin page (/wxamp/…), the login page (/cgi-bin/loginpage) and the
 *   QR login itself, whose code image and scan polling are requests to this same host
 *   (/cgi-bin/scanloginqrcode, /cgi-bin/bizlogin), then the landing page with the token.
 * Not here, on purpose:
 * - res.wx.qq.com (scripts, styles), mmbiz.qpic.cn and wx.qlogo.cn (images, avatars): pages load
 *   them as subresources, which navigation guards do not see; the window never needs to show them.
 * - developers.weixin.qq.com, kf.qq.com, open.weixin.qq.com: the site links to docs and help; they
 *   open in the system browser (external-links.ts), where the operator has their own session.
 * - any other *.qq.com, *.myqcloud.com: a broad suffix would let any page on Tencent's hosting
 *   (user content included) run inside the signed-in admin partition.
 * Checked against the site's documented login flow, not the live site (no internet here): a
 * host the real flow needs would show up as a refused navigation in the log.
 */
export const MP_WINDOW_HOSTS: ReadonlySet<string> = new Set(['mp.weixin.qq.com']);

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

const elsewhere = (raw: string): NavigationVerdict => (isAllowedExternalUrl(raw) ? 'external' : 'refuse');

/** The admin window: https on the exact admin host, no credentials, no other port. */
export function adminWindowNavigation(raw: string): NavigationVerdict {
  const url = parse(raw);
  const onAdminSite =
    url !== null && url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && MP_WINDOW_HOSTS.has(url.hostname);
  return onAdminSite ? 'allow' : elsewhere(raw);
}

/** The app's own window: only pages of our own origin. */
export function appWindowNavigation(raw: string): NavigationVerdict {
  return raw.startsWith(`${APP_ORIGIN}/`) ? 'allow' : elsewhere(raw);
}
