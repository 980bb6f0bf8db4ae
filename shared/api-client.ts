import type { AppApi, Channel, ChannelInput, ChannelOutput } from './api';

/** Sends one call over whatever transport the shell has: Electron IPC or the harness WebSocket. */
export type ApiCaller = <C extends Channel>(channel: C, input?: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * window.api, method by method, on top of a transport. The renderer gets named methods only,
 * never the raw caller, so it cannot reach a channel the contract does not list.
 */
export function createApiClient(call: ApiCaller, shellParts: Pick<AppApi, 'pathForFile' | 'on'>): AppApi {
  return {
    app: {
      info: () => call('app:info'),
    },
    project: {
      open: (input) => call('project:open', input),
      pickFolder: () => call('project:pick-folder'),
      recent: () => call('project:recent'),
      forget: (input) => call('project:forget', input),
    },
    settings: {
      get: () => call('settings:get'),
      update: (patch) => call('settings:update', patch),
    },
    shell: {
      openExternal: (input) => call('shell:open-external', input),
    },
    keys: {
      list: () => call('keys:list'),
      pickFile: () => call('keys:pick-file'),
      import: (input) => call('keys:import', input),
      remove: (input) => call('keys:remove', input),
    },
    release: {
      upload: (input) => call('release:upload', input),
      preview: (input) => call('release:preview', input),
      checkConnection: (input) => call('release:check-connection', input),
      cancel: (input) => call('release:cancel', input),
    },
    mp: {
      open: (input) => call('mp:open', input),
      status: () => call('mp:status'),
    },
    network: {
      publicIp: () => call('network:public-ip'),
    },
    whitelist: {
      scan: (input) => call('whitelist:scan', input),
      ticks: (input) => call('whitelist:ticks', input),
      tick: (input) => call('whitelist:tick', input),
    },
    pathForFile: shellParts.pathForFile,
    on: shellParts.on,
  };
}
