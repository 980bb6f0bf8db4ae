import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { CHANNELS } from '../../shared/api';
import { createHarnessServices, type HarnessServices } from './node-adapters';
import { startHarness, type RunningHarness } from './server';
import { MAX_FRAME_BYTES, SOCKET_PATH } from './wire';

// A bounded, repeatable fuzz of every channel the harness serves: a few thousand malformed
// frames from a seeded generator, against the real server and services on a temp data folder.
// HARNESS_FUZZ_SEED replays another sequence; the counts are printed.

const SEED = Number(process.env.HARNESS_FUZZ_SEED ?? 20_240_611);
const FRAMES = 3000;

/** mulberry32: small, seeded, good enough to pick cases. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: <T,>(items: readonly T[]): T => items[int(items.length)]! };
}

// Channels that are harmless with valid input in the harness (no job, no network, no dialog:
// the harness's pickers return null and its browser only records URLs). Every other channel,
// including any added later, gets malformed input only: a job must never start from here.
const HARMLESS_WHEN_VALID = new Set([
  'app:info', 'project:open', 'project:pickFolder', 'project:recent', 'project:forget', 'settings:get', 'settings:update',
  'shell:openExternal', 'keys:list', 'keys:pickFile', 'keys:import', 'keys:remove', 'release:cancel', 'mp:open', 'mp:status',
  'whitelist:ticks', 'whitelist:tick',
]);

let root: string;
let dataDir: string;
let services: HarnessServices;
let harness: RunningHarness;
const savedEnv = { TMPDIR: process.env.TMPDIR, HOME: process.env.HOME };
const crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);
let started: number;

/** Valid-looking inputs for the channels known today, the starting point of the mutations. */
function bases(): Record<string, unknown> {
  const nowhere = path.join(root, 'data', 'nowhere');
  const jobId = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
  const appid = 'wx0123456789abcdef';
  return {
    'project:open': { path: nowhere },
    'project:forget': { projectRoot: nowhere },
    'settings:update': { lang: 'en', proxy: null, ipEchoServices: null },
    'shell:openExternal': { url: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html' },
    'keys:import': { path: path.join(nowhere, `private.${appid}.key`), appid, sessionOnly: true },
    'keys:remove': { appid },
    'release:upload': { jobId, projectRoot: nowhere, version: '1.0.0', desc: 'notes', robot: 1 },
    'release:preview': { jobId, projectRoot: nowhere, pagePath: 'pages/index/index', searchQuery: 'a=1', robot: 1 },
    'release:checkConnection': { jobId, projectRoot: nowhere },
    'release:cancel': { jobId },
    'mp:open': { page: 'home', where: 'browser' },
    'whitelist:ticks': { appid },
    'whitelist:tick': { appid, type: 'request', origin: 'https://api.shop.com', done: true },
  };
}

/** JSON text for values JSON.stringify cannot make: own `__proto__` keys, and nesting deeper than its stack. */
const raw = (text: string) => ({ raw: text });
type Value = unknown;

function nastyValue(rand: ReturnType<typeof prng>): Value {
  const huge = () => 'x'.repeat(10_000 + rand.int(MAX_FRAME_BYTES / 2));
  const depth = 100 + rand.int(9000);
  const cases: (() => Value)[] = [
    () => null, () => true, () => 0, () => -1, () => 1.5, () => 1e308, () => Number.MAX_SAFE_INTEGER + 2,
    () => '', () => 'x', () => 'a\u0000b', () => '/home/op\u0000/shop', () => '\ud800', () => '中文路径',
    () => 'shop', () => './shop', () => '../../etc/passwd', () => 'C:shop', () => '\\shop', () => '~/shop', () => 'file:///etc/passwd',
    () => `/${'a'.repeat(5000)}`, () => huge(),
    () => [], () => [1, 'two', null], () => ({}), () => ({ path: '/tmp' }),
    () => raw('{"__proto__":{"polluted":true}}'), () => raw('{"constructor":{"prototype":{"polluted":true}}}'),
    () => raw(`${'['.repeat(depth)}${']'.repeat(depth)}`), () => raw(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    () => 'javascript:alert(1)', () => 'https://evil.example/', () => 'wxZZZZ', () => '6f1c2a34',
  ];
  return rand.pick(cases)();
}

/** Serialises a value, with `raw` pieces spliced in verbatim. */
function toJson(value: Value): string {
  if (value && typeof value === 'object' && 'raw' in value && Object.keys(value).length === 1) return (value as { raw: string }).raw;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, inner]) => `${JSON.stringify(key)}:${toJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** One malformed input for a channel: its base with a field dropped, added or spoiled, or something else entirely. */
function mutate(rand: ReturnType<typeof prng>, base: unknown): Value {
  const roll = rand.int(6);
  if (!base || typeof base !== 'object' || roll === 0) return nastyValue(rand);
  const input: Record<string, Value> = { ...(base as Record<string, Value>) };
  const keys = Object.keys(input);
  if (roll === 1) delete input[rand.pick(keys)];
  else if (roll === 2) input[rand.pick(['__proto__', 'constructor', 'prototype', 'toString', 'extra', 'path', ''])] = nastyValue(rand);
  else if (roll === 3) return raw(toJson(input).replace(/^\{/, `{"__proto__":{"polluted":true},`));
  else input[rand.pick(keys)] = nastyValue(rand);
  return input;
}

interface Frame {
  text: string | Buffer;
  binary: boolean;
  /** The channel, for the per-channel counts ('(envelope)' for frames that are not proper calls). */
  label: string;
}

/** Builds the frame list; proper calls get fresh ids, some reuse an earlier one. */
function makeFrames(): Frame[] {
  const rand = prng(SEED);
  const knownBases = bases();
  const frames: Frame[] = [];
  let nextId = 1;
  const id = () => (nextId > 10 && rand.next() < 0.03 ? 1 + rand.int(nextId - 1) : nextId++);
  while (frames.length < FRAMES) {
    const roll = rand.next();
    if (roll < 0.84) {
      const { name, spec } = rand.pick(CHANNELS);
      let input = mutate(rand, knownBases[name]);
      // A mutation may happen to be valid; only harmless channels get to keep it.
      for (let tries = 0; !HARMLESS_WHEN_VALID.has(name) && accepts(spec.input, input) && tries < 20; tries++) input = mutate(rand, knownBases[name]);
      if (!HARMLESS_WHEN_VALID.has(name) && accepts(spec.input, input)) continue;
      const inputPart = input === undefined ? '' : `,"input":${toJson(input)}`;
      frames.push({ text: `{"kind":"call","id":${id()},"channel":${JSON.stringify(name)}${inputPart}}`, binary: false, label: name });
    } else if (roll < 0.88) {
      const channel = rand.pick(['fs:read', 'app:exec', '__proto__', 'constructor', 'toString', '', 'app:info ', 'APP:INFO', 'x'.repeat(5000)]);
      frames.push({ text: `{"kind":"call","id":${id()},"channel":${JSON.stringify(channel)},"input":${toJson(nastyValue(rand))}}`, binary: false, label: '(unknown channel)' });
    } else if (roll < 0.93) {
      const envelope = rand.pick([
        `{"kind":"call","id":${id()}}`, `{"kind":"reply","id":${id()},"channel":"app:info"}`, `{"id":${id()}}`,
        `{"kind":"call","id":${id()},"channel":["app:info"]}`, `{"kind":"call","id":${id()},"channel":"app:info","extra":1}`,
        `{"kind":"call","id":${id()},"channel":"app:info","__proto__":{"polluted":true}}`,
        '{"kind":"call","id":"7","channel":"app:info"}', '{"kind":"call","id":-3,"channel":"app:info"}', '{"kind":"call","id":1.5,"channel":"app:info"}',
        '{"kind":"call","channel":"app:info"}', '{"kind":"call","id":null,"channel":"app:info"}', '{"kind":"call","id":1e400,"channel":"app:info"}',
      ]);
      frames.push({ text: envelope, binary: false, label: '(envelope)' });
    } else if (roll < 0.97) {
      const text = rand.pick(['null', '{}', '[]', '[{"kind":"call","id":1}]', '"call"', '42', 'true', '', 'not json', '{"kind":"call",', '\u0000', `{${'"a":'.repeat(3)}`]);
      frames.push({ text, binary: false, label: '(not an object)' });
    } else {
      const bytes = rand.next() < 0.5 ? Buffer.from(`{"kind":"call","id":${nextId++},"channel":"app:info"}`) : Buffer.from(Array.from({ length: 1 + rand.int(512) }, () => rand.int(256)));
      frames.push({ text: bytes, binary: true, label: '(binary)' });
    }
  }
  return frames;
}

function accepts(schema: { safeParse(value: unknown): { success: boolean } }, input: Value): boolean {
  try {
    return schema.safeParse(input === undefined ? undefined : JSON.parse(toJson(input))).success;
  } catch {
    return false;
  }
}

/** The protocol's rule, written here independently: a text frame that is an object with a usable id gets one reply. */
function expectedReplyId(frame: Frame): number | null {
  if (frame.binary) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(frame.text));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const id = (parsed as { id?: unknown }).id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

/** Every file under `dir` modified since `since` (ms), skipping `skip` folders. */
function changedSince(dir: string, since: number, skip: Set<string>): string[] {
  const changed: string[] = [];
  const walk = (folder: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(full)) walk(full);
      } else if (entry.isFile() && fs.statSync(full).mtimeMs >= since) {
        changed.push(full);
      }
    }
  };
  walk(dir);
  return changed;
}

async function connect(): Promise<WebSocket> {
  const html = await (await fetch(harness.url)).text();
  const token = /token=([0-9a-f]+)/.exec(html)?.[1] ?? '';
  const ws = new WebSocket(`${harness.url.replace('http:', 'ws:').replace(/\/$/, '')}${SOCKET_PATH}?token=${token}`, { origin: harness.url.replace(/\/$/, '') });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return ws;
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'harness-fuzz-'));
  for (const folder of ['renderer', 'tmp', 'home']) fs.mkdirSync(path.join(root, folder));
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<script type="module" src="./main.js"></script>');
  fs.writeFileSync(path.join(root, 'bridge.js'), '/* bridge */');
  // Anything the services write to a temp folder or the home folder lands in these, and must not.
  process.env.TMPDIR = path.join(root, 'tmp');
  process.env.HOME = path.join(root, 'home');
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  dataDir = path.join(root, 'data');
  services = createHarnessServices({ dataDir, version: 'fuzz', workerFile: path.join(root, 'no-worker.cjs') });
  harness = await startHarness({ services, rendererDir: path.join(root, 'renderer'), bridgeFile: path.join(root, 'bridge.js') });
  started = Date.now() - 1000;
});

afterAll(async () => {
  await services?.runner.cancelAll();
  await harness?.close();
  process.off('unhandledRejection', onCrash);
  process.off('uncaughtException', onCrash);
  process.env.TMPDIR = savedEnv.TMPDIR;
  process.env.HOME = savedEnv.HOME;
  if (savedEnv.TMPDIR === undefined) delete process.env.TMPDIR;
  if (savedEnv.HOME === undefined) delete process.env.HOME;
  fs.rmSync(root, { recursive: true, force: true });
});

describe('harness fuzz', () => {
  it(`answers ${FRAMES} malformed frames across every channel, once per id, and stays up`, async () => {
    const jobStarts = vi.spyOn(services.runner, 'start');
    const events: string[] = [];
    const unsubscribe = services.events.subscribe((name) => events.push(name));
    const frames = makeFrames();

    const ws = await connect();
    const replies = new Map<number, { ok: boolean }[]>();
    let replyCount = 0;
    ws.on('message', (data) => {
      const reply = JSON.parse(String(data)) as { kind: string; id: number; ok: boolean };
      if (reply.kind !== 'reply') return;
      replies.set(reply.id, [...(replies.get(reply.id) ?? []), reply]);
      replyCount++;
    });

    const expected = new Map<number, number>();
    // The frames sent under each id, in order: the n-th reply to an id is counted for the n-th frame.
    const labelsOf = new Map<number, string[]>();
    const counts = new Map<string, { sent: number; ok: number; error: number; unanswered: number }>();
    const count = (label: string) => counts.get(label) ?? counts.set(label, { sent: 0, ok: 0, error: 0, unanswered: 0 }).get(label)!;
    for (const frame of frames) {
      count(frame.label).sent++;
      const id = expectedReplyId(frame);
      if (id === null) count(frame.label).unanswered++;
      else {
        expected.set(id, (expected.get(id) ?? 0) + 1);
        labelsOf.set(id, [...(labelsOf.get(id) ?? []), frame.label]);
      }
      ws.send(frame.text, { binary: frame.binary });
    }
    const expectedTotal = [...expected.values()].reduce((sum, n) => sum + n, 0);
    await expect.poll(() => replyCount, { timeout: 25_000, interval: 50 }).toBeGreaterThanOrEqual(expectedTotal);

    // A last valid call, answered after everything before it: the server is alive and still serving.
    const sentinel = 1_000_000;
    ws.send(JSON.stringify({ kind: 'call', id: sentinel, channel: 'app:info' }));
    await expect.poll(() => replies.get(sentinel)?.length ?? 0, { timeout: 10_000 }).toBe(1);
    expect(replies.get(sentinel)![0]).toMatchObject({ ok: true });
    replies.delete(sentinel);

    for (const [id, list] of replies) {
      list.forEach((reply, n) => count(labelsOf.get(id)?.[n] ?? '(unexpected id)')[reply.ok ? 'ok' : 'error']++);
    }
    const table = [...counts.entries()].sort().map(([label, c]) => `  ${label.padEnd(24)} sent ${String(c.sent).padStart(4)}  error ${String(c.error).padStart(4)}  ok ${String(c.ok).padStart(4)}  no reply due ${String(c.unanswered).padStart(4)}`);
    const totals = [...counts.values()].reduce((sum, c) => ({ sent: sum.sent + c.sent, ok: sum.ok + c.ok, error: sum.error + c.error }), { sent: 0, ok: 0, error: 0 });
    const written = changedSince(dataDir, 0, new Set()).map((file) => path.relative(dataDir, file));
    console.log(
      `harness fuzz, seed ${SEED}: ${totals.sent} frames sent, ${totals.error} error replies, ${totals.ok} ok replies, ${expectedTotal} replies due\n` +
        `${table.join('\n')}\n  files in the data folder: ${written.sort().join(', ')}`,
    );

    // Every call frame with an id got exactly one reply (two frames sharing an id, two replies).
    expect(new Map([...replies].map(([id, list]) => [id, list.length]))).toEqual(expected);
    for (const { name } of CHANNELS) expect(counts.get(name)?.sent ?? 0, name).toBeGreaterThan(0);
    expect(totals.error).toBeGreaterThan(totals.ok);

    // Nothing crashed, no job started, nothing polluted.
    expect(crashes).toEqual([]);
    expect(jobStarts).not.toHaveBeenCalled();
    expect(events).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);

    // A frame over the size limit, and text that is not UTF-8, close only their own socket.
    for (const [bad, code] of [[Buffer.alloc(MAX_FRAME_BYTES + 1, 0x20), 1009], [Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), 1007]] as const) {
      const victim = await connect();
      const closed = new Promise<number>((resolve) => victim.once('close', resolve));
      victim.send(bad, { binary: false });
      expect(await closed).toBe(code);
    }
    const alive = new Promise<unknown>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    ws.send(JSON.stringify({ kind: 'call', id: sentinel + 1, channel: 'settings:get' }));
    expect(await alive).toMatchObject({ id: sentinel + 1, ok: true });
    ws.close();
    unsubscribe();

    // Nothing was written outside the data folder: not in the temp or home folders, not beside it, not in the repository.
    expect(fs.readdirSync(path.join(root, 'tmp'))).toEqual([]);
    expect(fs.readdirSync(path.join(root, 'home'))).toEqual([]);
    expect(fs.readdirSync(root).sort()).toEqual(['bridge.js', 'data', 'home', 'renderer', 'tmp']);
    const repo = process.cwd();
    expect(changedSince(repo, started, new Set([path.join(repo, 'node_modules'), path.join(repo, '.git'), path.join(repo, 'dist')]))).toEqual([]);
  }, 60_000);
});
