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

/**
 * The largest frame the server reads. The biggest real input, an upload's notes, is a few KB;
 * ws would otherwise buffer up to 100 MiB per frame. A larger frame closes that socket (1009).
 */
export const MAX_FRAME_BYTES = 1024 * 1024;

/** What the server makes of one text frame: a call to serve, a frame to refuse by its id, or nothing to answer. */
export type IncomingFrame = { kind: 'call'; call: WireCall } | { kind: 'refuse'; id: number; error: string } | { kind: 'drop' };

const CALL_FIELDS = new Set(['kind', 'id', 'channel', 'input']);

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads a frame from the page, which is not trusted. Anything that is not an object with a
 * usable id (non-JSON text, null, arrays, strings) cannot be answered and is dropped; an object
 * with an id but the wrong shape gets an error reply with that id.
 */
export function readCallFrame(text: string): IncomingFrame {
  const frame = record(parseJson(text));
  const id = frame?.id;
  if (!frame || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return { kind: 'drop' };
  if (frame.kind !== 'call') return { kind: 'refuse', id, error: 'Not a call frame' };
  if (typeof frame.channel !== 'string') return { kind: 'refuse', id, error: 'The call names no channel' };
  const extra = Object.keys(frame).find((key) => !CALL_FIELDS.has(key));
  if (extra !== undefined) return { kind: 'refuse', id, error: `Unexpected field in a call frame: ${extra.slice(0, 40)}` };
  return { kind: 'call', call: { kind: 'call', id, channel: frame.channel, input: frame.input } };
}

/** Reads a frame from the server in the bridge: a reply or an event, or null for anything else. */
export function readServerFrame(text: string): WireReply | WireEvent | null {
  const frame = record(parseJson(text));
  if (frame?.kind === 'event' && typeof frame.event === 'string') return frame as unknown as WireEvent;
  if (frame?.kind === 'reply' && typeof frame.id === 'number' && typeof frame.ok === 'boolean') return frame as unknown as WireReply;
  return null;
}
