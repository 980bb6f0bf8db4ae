import { isTrustedSender } from './app-origin';

// Which web permissions a page may have. Electron grants every permission (camera, microphone,
// location, notifications, HID/USB/serial, …) unless the session says otherwise, so each session
// the app uses gets this policy: everything is refused, except the one thing the app's own page
// needs.

/** The app's own page (default session) or the in-app admin window (its persistent partition). */
export type SessionRole = 'app' | 'mp-admin';

export interface PermissionAsk {
  /** Electron's permission name: 'media', 'geolocation', 'clipboard-sanitized-write', … */
  permission: string;
  /** The URL (or origin) of the frame that asks; may be missing, e.g. for a service worker. */
  requestingUrl: string | undefined;
  isMainFrame: boolean;
}

/**
 * The whitelist step's copy buttons call `navigator.clipboard.writeText`, which Chromium checks
 * as 'clipboard-sanitized-write'. Only our own page's main frame gets it; reading the clipboard
 * never.
 */
const APP_PAGE_MAY = new Set(['clipboard-sanitized-write']);

/** Whether a permission request or check is granted. Denied unless listed above. */
export function permissionAllowed(role: SessionRole, ask: PermissionAsk): boolean {
  // The admin site needs no permission: the QR login is scanned by the phone, not a camera.
  if (role !== 'app') return false;
  if (!APP_PAGE_MAY.has(ask.permission) || ask.requestingUrl === undefined) return false;
  return isTrustedSender({ url: ask.requestingUrl, isMainFrame: ask.isMainFrame });
}
