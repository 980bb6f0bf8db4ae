import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { describe, it, expect, onTestFinished } from 'vitest';
import { startFakeWechat } from './fake-wechat-server';
import type { FakeWechat, FakeWechatOptions } from './types';

// The proxy and TLS side of the fake, in-process (no miniprogram-ci): fast checks of what the CI tests rely on.

async function setUp(options: FakeWechatOptions = {}): Promise<FakeWechat> {
  const fake = await startFakeWechat(options);
  onTestFinished(() => fake.close());
  return fake;
}

function openTunnel(fake: FakeWechat, target: string): Promise<{ statusCode: number; socket: Socket }> {
  const { hostname, port } = new URL(fake.proxyUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: hostname, port, method: 'CONNECT', path: target });
    request.on('connect', (response, socket) => resolve({ statusCode: response.statusCode ?? 0, socket }));
    request.on('error', reject);
    request.end();
  });
}

async function openWechatTls(fake: FakeWechat): Promise<TLSSocket> {
  const { statusCode, socket } = await openTunnel(fake, 'servicewechat.com:443');
  expect(statusCode).toBe(200);
  const tls = tlsConnect({ socket, servername: 'servicewechat.com', ca: readFileSync(fake.caCertPath) });
  await new Promise<void>((resolve, reject) => {
    tls.once('secureConnect', () => resolve());
    tls.once('error', reject);
  });
  return tls;
}

function post(tls: TLSSocket, path: string, body: string): void {
  tls.write(`POST ${path} HTTP/1.1\r\nHost: servicewechat.com\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function readAll(tls: TLSSocket): Promise<string> {
  let text = '';
  tls.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
  return new Promise((resolve) => tls.on('close', () => resolve(text)));
}

describe('fake-wechat proxy', () => {
  it('refuses and records CONNECT to any other host', async () => {
    const fake = await setUp();
    const { statusCode, socket } = await openTunnel(fake, 'example.com:443');
    socket.destroy();

    expect(statusCode).toBe(403);
    expect(fake.requests).toMatchObject([{ method: 'CONNECT', target: 'example.com:443', refused: true }]);
  });

  it('serves servicewechat.com over TLS trusted through the test CA only', async () => {
    const fake = await setUp();
    const tls = await openWechatTls(fake);
    expect(tls.authorized).toBe(true);
    const answer = readAll(tls);
    post(tls, '/wxa/ci/getrandstr', JSON.stringify({ appid: 'wx0123456789abcdef', clientRand: 1 }));

    const [head, body] = (await answer).split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(JSON.parse(body!)).toMatchObject({ errCode: 0, data: { randomString: expect.stringMatching(/^[0-9a-f]{32}$/) } });
  });

  it('close() ends a request held by never-answer', async () => {
    const fake = await setUp({ mode: 'never-answer' });
    const tls = await openWechatTls(fake);
    const answer = readAll(tls);
    post(tls, '/wxa/ci/upload?appid=wx0123456789abcdef', 'not a package');
    expect((await fake.waitForRequest('/wxa/ci/upload', 5000)).outcome).toBe('held');

    // A close that waited for the held request would run into the test's timeout.
    await fake.close();
    expect(await answer).toBe('');
    expect(fake.uploads[0]?.signatureProblem).toMatch(/package unreadable/);
  });
});
