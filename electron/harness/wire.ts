// Messages between the browser harness server and its bridge script, as JSON over WebSocket.
// The shapes mirror Electron IPC: a call with an id gets exactly one reply; events are pushed.

export interface WireCall {
  kind: 'call';
  id: number;
  channel: string;
  input?: unknown;
}

export type WireReply =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string };

export interface WireEvent {
  kind: 'event';
  event: string;
  payload: unknown;
}

export const BRIDGE_PATH = '/__harness/bridge.js';
export const SOCKET_PATH = '/__harness/api';
