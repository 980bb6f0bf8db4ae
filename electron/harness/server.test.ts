import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHarnessServices } from './node-adapters';
import { startHarness, type RunningHarness } from './server';
import { MAX_FRAME_BYTES, SOCKET_PATH } from './wire';

let dir: string;
let harness: RunningHarness;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harness-test-'));
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.writeFileSync(
    path.join(dir, 'renderer', 'index.html'),
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'"><script type="module" src="./main.js"></script>`,
  );
  fs.writeFileSync(path.join(dir, 'bridge.js'), '/* bridge */');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  harness = await startHarness({
    services: createHarnessServices({ dataDir: path.join(dir, 'data'), version: 'test', workerFile: 'dist/jobs/job-worker.cjs' }),
    rendererDir: path.join(dir, 'renderer'),
    bridgeFile: path.join(dir, 'bridge.js'),
  });
});

afterEach(async () => {
  await harness.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function tokenFromPage(): Promise<string> {
  const html = await (await fetch(harness.url)).text();
  return /token=([0-9a-f]+)/.exec(html)?.[1] ?? '';
}

function connect(query: string, origin: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  const socketUrl = harness.url.replace('http:', 'ws:').replace(/\/$/, '') + SOCKET_PATH + query;
  const ws = new WebSocket(socketUrl, { origin, headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe('browser harness server', () => {
  it('serves index.html with the bridge first and the socket allowed by the CSP', async () => {
    const html = await (await fetch(harness.url)).text();
    expect(html.indexOf('/__harness/bridge.js?token=')).toBeLessThan(html.indexOf('./main.js'));
    expect(html).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+/);
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(new URL('/..%2fsecret.txt', harness.url));
    expect(response.status).toBe(404);
  });

  it('answers contract calls over the socket with the token from the page', async () => {
    const ws = await connect(`?token=${await tokenFromPage()}`, harness.url.replace(/\/$/, ''));
    const reply = new Promise<unknown>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    ws.send(JSON.stringify({ kind: 'call', id: 7, channel: 'settings:get' }));
    expect(await reply).toEqual({ kind: 'reply', id: 7, ok: true, value: { lang: 'zh-CN', proxy: null, ipEchoServices: null, npmRegistry: null, operatorName: '', defaultRobot: 1, jobDeadlineMinutes: 10 } });
    ws.close();
  });

  it('refuses a socket without the token or from another origin', async () => {
    const origin = harness.url.replace(/\/$/, '');
    await expect(connect('?token=wrong', origin)).rejects.toThrow(/403/);
    await expect(connect(`?token=${await tokenFromPage()}`, 'http://evil.example')).rejects.toThrow(/403/);
  });

  it('refuses channels the contract does not list', async () => {
    const ws = await connect(`?token=${await tokenFromPage()}`, harness.url.replace(/\/$/, ''));
    const reply = new Promise<{ ok: boolean; error?: string }>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    ws.send(JSON.stringify({ kind: 'call', id: 1, channel: 'fs:read', input: '/etc/passwd' }));
    expect(await reply).toMatchObject({ ok: false, error: 'Unknown channel fs:read' });
    ws.close();
  });

  it('refuses HTTP requests and socket upgrades whose Host is not ours (DNS rebinding)', async () => {
    const port = new URL(harness.url).port;
    const statusFor = (host: string) =>
      new Promise<number>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: '/', headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        }).on('error', reject);
      });
    expect(await statusFor(`127.0.0.1:${port}`)).toBe(200);
    expect(await statusFor(`localhost:${port}`)).toBe(200);
    expect(await statusFor(`evil.example:${port}`)).toBe(403);
    expect(await statusFor('127.0.0.1')).toBe(403);
    const token = await tokenFromPage();
    const origin = harness.url.replace(/\/$/, '');
    await expect(connect(`?token=${token}`, origin, { host: `evil.example:${port}` })).rejects.toThrow(/403/);
    (await connect(`?token=${token}`, `http://localhost:${port}`, { host: `localhost:${port}` })).close();
  });

  it('survives null, {}, arrays, strings, binary, oversized and invalid UTF-8 frames', async () => {
    const token = await tokenFromPage();
    const origin = harness.url.replace(/\/$/, '');
    const ws = await connect(`?token=${token}`, origin);
    const replies: { id: number; ok: boolean }[] = [];
    ws.on('message', (data) => replies.push(JSON.parse(String(data))));
    for (const frame of ['null', '{}', '[]', '"text"', '42', 'not json', '{"id":9}', '{"kind":"call","id":10}']) ws.send(frame);
    ws.send(Buffer.from('{"kind":"call","id":11,"channel":"app:info"}'), { binary: true });
    ws.send(JSON.stringify({ kind: 'call', id: 12, channel: 'settings:get' }));
    await expect.poll(() => replies.map((reply) => reply.id)).toEqual([9, 10, 12]);
    expect(replies.map((reply) => reply.ok)).toEqual([false, false, true]);

    // A frame over the limit, or text that is not UTF-8, closes that socket, never the server.
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send('x'.repeat(MAX_FRAME_BYTES + 1));
    expect(await closed).toBe(1009);
    const other = await connect(`?token=${token}`, origin);
    const otherClosed = new Promise<number>((resolve) => other.once('close', resolve));
    other.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await otherClosed).toBe(1007);

    const fresh = await connect(`?token=${token}`, origin);
    const reply = new Promise<unknown>((resolve) => fresh.once('message', (data) => resolve(JSON.parse(String(data)))));
    fresh.send(JSON.stringify({ kind: 'call', id: 1, channel: 'app:info' }));
    expect(await reply).toMatchObject({ id: 1, ok: true });
    fresh.close();
  });
});
