import type { MpPage } from '../../../shared/deep-links';
import { isAllowedExternalUrl } from './external-links';
import type { MpSession } from './mp-session';

export interface LinkOpenerDeps {
  /** The system browser. */
  openExternal(url: string): Promise<void>;
  /** The in-app admin window ('app') or the system browser ('browser'). */
  openMpPage(url: string, where: 'app' | 'browser'): Promise<void>;
  mpSession: MpSession;
}

/** Every way out of the app to a web page: allow-listed URLs, and admin pages with the session token. */
export function createLinkOpener(deps: LinkOpenerDeps) {
  return {
    async openExternal(url: string): Promise<{ opened: boolean }> {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await deps.openExternal(url);
      return { opened: true };
    },
    async openMpPage(page: MpPage, where: 'app' | 'browser'): Promise<{ url: string }> {
      const url = deps.mpSession.urlFor(page);
      await deps.openMpPage(url, where);
      return { url };
    },
    mpStatus(): { signedIn: boolean } {
      return { signedIn: deps.mpSession.signedIn() };
    },
  };
}

export type LinkOpener = ReturnType<typeof createLinkOpener>;
