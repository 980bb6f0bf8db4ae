import type { Page } from '@playwright/test';

// The harness has no admin window: it records the URLs the app would open, and is told where the
// window "landed" after a QR login (which gives the app the session token).

/** The harness's per-run token, from the bridge script's URL in the page. */
export const harnessToken = (page: Page) =>
  page.evaluate(() => new URL((document.querySelector('script[src*="bridge"]') as HTMLScriptElement).src).searchParams.get('token'));

/** Every admin-site or external URL the app opened so far, oldest first. */
export async function openedUrls(page: Page, harnessUrl: string): Promise<string[]> {
  return (await fetch(`${harnessUrl}__harness/opened-urls?token=${await harnessToken(page)}`)).json() as Promise<string[]>;
}

/** As if the admin window finished a QR login: it lands on the home page with this session token. */
export async function adminWindowLanded(page: Page, harnessUrl: string, url: string): Promise<void> {
  await fetch(`${harnessUrl}__harness/mp-navigated?token=${await harnessToken(page)}&url=${encodeURIComponent(url)}`, { method: 'POST' });
}
