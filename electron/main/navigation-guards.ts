import type { WebContents } from 'electron';
import { adminWindowNavigation, appWindowNavigation, type NavigationVerdict } from './navigation-policy';

type OpenExternal = (url: string) => Promise<void>;

/** Refuses a navigation or redirect the policy does not allow; sends allow-listed ones to the system browser. */
function refuseUnlessAllowed(contents: WebContents, policy: (url: string) => NavigationVerdict, openExternal: OpenExternal): void {
  const check = (event: { preventDefault(): void }, url: string) => {
    const verdict = policy(url);
    if (verdict === 'allow') return;
    event.preventDefault();
    if (verdict === 'external') void openExternal(url);
  };
  contents.on('will-navigate', check);
  contents.on('will-redirect', check);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app's window never leaves the app: navigation away is refused, new windows are refused,
 * and a link to an allowed WeChat page goes to the system browser instead.
 */
export function guardNavigation(contents: WebContents, openExternal: OpenExternal): void {
  refuseUnlessAllowed(contents, appWindowNavigation, openExternal);
  contents.setWindowOpenHandler(({ url }) => {
    if (appWindowNavigation(url) === 'external') void openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * The in-app admin window shows only the admin site (navigation-policy.ts says which host and
 * why); allow-listed links elsewhere go to the system browser. Every URL it lands on is reported,
 * so the session can read the login token.
 */
export function guardAdminNavigation(contents: WebContents, openExternal: OpenExternal, landedOn: (url: string) => void): void {
  refuseUnlessAllowed(contents, adminWindowNavigation, openExternal);
  contents.setWindowOpenHandler(({ url }) => {
    // The admin site opens some pages in new tabs; they stay in this one window.
    const verdict = adminWindowNavigation(url);
    if (verdict === 'allow') void contents.loadURL(url);
    else if (verdict === 'external') void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('did-navigate', (_event, url) => landedOn(url));
  contents.on('did-navigate-in-page', (_event, url) => landedOn(url));
}
