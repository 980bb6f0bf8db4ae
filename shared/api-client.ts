import { CHANNELS, type AppApi, type Channel } from './api';

/** Sends one call over whatever transport the shell has: Electron IPC or the harness WebSocket. */
export type ApiCaller = (channel: Channel, input: unknown) => Promise<unknown>;

/**
 * window.api, built from the contract on top of a transport. The renderer gets the declared
 * methods only, never the raw caller, so it cannot reach a channel the contract does not list.
 */
export function createApiClient(call: ApiCaller, shellParts: Pick<AppApi, 'pathForFile' | 'on'>): AppApi {
  const domains: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const { name, domain, method } of CHANNELS) {
    domains[domain] ??= {};
    domains[domain][method] = (input?: unknown) => call(name, input);
  }
  return { ...domains, pathForFile: shellParts.pathForFile, on: shellParts.on } as AppApi;
}
