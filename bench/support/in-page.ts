import type { AppApi } from '../../shared/api';

// What the bench's in-page functions use of the browser, typed here: the bench compiles with Node's
// types only (no DOM lib), and these functions run in Chromium, never in Node. They reach it as
// `(globalThis as unknown as InPage)`, written out inside each function (it is serialized to the page).
export interface InPage {
  api: AppApi;
  document: { querySelector(selector: string): { getBoundingClientRect(): { height: number } } | null };
}
