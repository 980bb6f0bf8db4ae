import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ApiEvents, EventName } from '../../shared/api';
import { createApiClient } from '../../shared/api-client';

// Runs sandboxed, so it is bundled to one CommonJS file that only requires `electron`.
const api = createApiClient((channel, input) => ipcRenderer.invoke(channel, input) as Promise<unknown>, {
  pathForFile: (file) => (file instanceof File ? webUtils.getPathForFile(file) : ''),
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
    // The Electron event object is dropped: it would hand the renderer a handle on IPC.
    const wrapped = (_event: unknown, payload: ApiEvents[E]) => listener(payload);
    ipcRenderer.on(`event:${event}`, wrapped);
    return () => {
      ipcRenderer.removeListener(`event:${event}`, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('api', api);
