import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ApiEvents, EventName } from '../../shared/api';
import { createApiClient } from '../../shared/api-client';

// Runs sandboxed, so it is bundled to one CommonJS file that only requires `electron`.
const api = createApiClient((channel, input) => ipcRenderer.invoke(channel, input) as Promise<unknown>, {
  // No `instanceof File` here: a File handed over by the page may not be an instance of the preload
  // world's File class. getPathForFile throws on anything that is not a File.
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
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
