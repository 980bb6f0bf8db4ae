import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/api';
import type { EventHub } from '../api/event-hub';
import type { ApiHandlers } from '../api/handlers';
import { isTrustedSender } from './app-origin';

function senderFrame(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

/** Serves the whole contract on ipcMain. The only file in the main process that touches IPC. */
export function registerIpc(handlers: ApiHandlers, events: EventHub, window: () => BrowserWindow | null): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(senderFrame(event))) throw new Error(`Refused ${channel} from an untrusted sender`);
      return handlers[channel](input);
    });
  }
  const unsubscribe = events.subscribe((name, payload) => {
    const target = window();
    if (target && !target.isDestroyed()) target.webContents.send(`event:${name}`, payload);
  });
  return () => {
    unsubscribe();
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
