import type { AppApi } from '../shared/api';

declare global {
  interface Window {
    api: AppApi;
  }
}

/** The renderer's only way out: the preload's (or the harness bridge's) window.api. */
export function api(): AppApi {
  return window.api;
}
