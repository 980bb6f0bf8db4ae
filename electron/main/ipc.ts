import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/api';
import type { EventHub } from '../api/event-hub';
import type { ContractServer } from '../api/serve-contract';
import { isTrustedSender } from './app-origin';

function senderFrame(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

/** Serves the whole contract on ipcMain. The only file in the main process that touches IPC. */
export function registerIpc(serve: ContractServer, events: EventHub, window: () => BrowserWindow | null): () => void {
  for (const { name } of CHANNELS) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!isTrustedSender(senderFrame(event))) throw new Error(`Refused ${name} from an untrusted sender`);
      return serve(name, input);
    });
  }
  const unsubscribe = events.subscribe((name, payload) => {
    const target = window();
    if (target && !target.isDestroyed()) target.webContents.send(`event:${name}`, payload);
  });
  return () => {
    unsubscribe();
    for (const { name } of CHANNELS) ipcMain.removeHandler(name);
  };
}
