import type { ApiEvents, AppApi, Channel, EventName } from '../../shared/api';
import { createApiClient } from '../../shared/api-client';
import { readServerFrame, SOCKET_PATH, type WireCall } from './wire';

// Loaded before the renderer in the browser harness: the same window.api as the preload
// gives in Electron, carried over a WebSocket to the harness server. The server injects
// the token into this script's URL; it is read from the script tag's own src.

declare global {
  interface Window {
    api: AppApi;
  }
}

const scriptUrl = new URL((document.currentScript as HTMLScriptElement).src);
const socketUrl = `ws://${scriptUrl.host}${SOCKET_PATH}?token=${scriptUrl.searchParams.get('token') ?? ''}`;

const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
let nextId = 1;

const socket = new WebSocket(socketUrl);
const opened = new Promise<void>((resolve, reject) => {
  socket.addEventListener('open', () => resolve());
  socket.addEventListener('error', () => reject(new Error('The harness server is not reachable.')));
});

socket.addEventListener('message', (message) => {
  // Only replies and events are read; anything else from the socket is ignored.
  const data = readServerFrame(String(message.data));
  if (!data) return;
  if (data.kind === 'event') {
    for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
    return;
  }
  const waiter = pending.get(data.id);
  pending.delete(data.id);
  if (data.ok) waiter?.resolve(data.value);
  else waiter?.reject(new Error(data.error));
});

socket.addEventListener('close', () => {
  for (const waiter of pending.values()) waiter.reject(new Error('The harness server closed the connection.'));
  pending.clear();
});

async function call(channel: Channel, input: unknown): Promise<unknown> {
  await opened;
  const id = nextId++;
  const message: WireCall = { kind: 'call', id, channel, input };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    socket.send(JSON.stringify(message));
  });
}

window.api = createApiClient(call, {
  // A browser cannot tell a dropped file's path; the drop zone falls back to text/uri-list.
  pathForFile: () => '',
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = (payload: unknown) => listener(payload as ApiEvents[E]);
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
});
