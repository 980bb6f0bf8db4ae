import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWechat, type FakeWechat } from '../../../e2e/fake-wechat/fake-wechat-server';
import { askEchoService } from './echo-service';
import { findPublicIp, sharedEntry } from './public-ip';

// The lookup's logic with answers made up on the spot, and the real transport against echo services
// behind the fake WeChat's proxy (https with the test CA, as a real echo sits behind an office proxy).
const answering = (answers: Record<string, string | Error | 'never'>) => async ({ service }: { service: string }) => {
  const answer = answers[service];
  if (answer === 'never') return new Promise<string>(() => undefined);
  if (answer instanceof Error || answer === undefined) throw answer ?? new Error('unknown');
  return answer;
};

describe('findPublicIp', () => {
  it('groups the answers by address and keeps every source', async () => {
    const result = await findPublicIp({ services: ['a', 'b', 'c'], ask: answering({ a: '203.0.113.9', b: new Error('HTTP 503'), c: '203.0.113.9' }) });
    expect(result).toEqual({ ok: true, answers: [{ ip: '203.0.113.9', sources: ['a', 'c'] }], sharedEntry: null });
  });

  it('shows every exit, with one a.b.c.* entry when they share a /24', async () => {
    const shared = await findPublicIp({ services: ['a', 'b'], ask: answering({ a: '203.0.113.9', b: '203.0.113.77' }) });
    expect(shared).toMatchObject({ ok: true, answers: [{ ip: '203.0.113.9' }, { ip: '203.0.113.77' }], sharedEntry: '203.0.113.*' });
    const apart = await findPublicIp({ services: ['a', 'b'], ask: answering({ a: '203.0.113.9', b: '198.51.100.4' }) });
    expect(apart).toMatchObject({ ok: true, sharedEntry: null });
    expect(sharedEntry(['1.2.3.4'])).toBeNull();
  });

  it('does not wait for a service that never answers once another has', async () => {
    // A lookup that waited for the silent service would never end and run into the test's timeout.
    const result = await findPublicIp({ services: ['silent', 'quick'], ask: answering({ silent: 'never', quick: '198.51.100.4' }) });
    expect(result).toMatchObject({ ok: true, answers: [{ ip: '198.51.100.4' }] });
  });

  it('explains when no service answers, with every reason in the detail', async () => {
    const result = await findPublicIp({ services: ['a', 'b'], ask: answering({ a: new Error('timeout after 500 ms'), b: new Error('HTTP 503') }) });
    if (result.ok) throw new Error('expected a failure');
    expect(result.problem.code).toBe('ci.public-ip-unknown');
    expect(result.problem.detail).toContain('a: timeout after 500 ms');
    expect(result.problem.detail).toContain('b: HTTP 503');
  });
});

describe('askEchoService', () => {
  let fake: FakeWechat;
  let ca: string;
  beforeAll(async () => {
    fake = await startFakeWechat({ clientIp: '203.0.113.7' });
    ca = fs.readFileSync(fake.caCertPath, 'utf8');
  });
  afterAll(() => fake.close());

  it('asks over https through the proxy, as WeChat would see the proxy', async () => {
    const url = fake.echoUrl();
    expect(await askEchoService({ service: url, proxy: fake.proxyUrl, timeoutMs: 10_000, ca })).toBe('203.0.113.7');
    expect(fake.requests.some((request) => request.method === 'CONNECT' && request.target === `${new URL(url).hostname}:443`)).toBe(true);
  });

  it('refuses a plain http service, whatever it would answer', async () => {
    await expect(askEchoService({ service: 'http://127.0.0.1:9/', proxy: null, timeoutMs: 1000 })).rejects.toThrow('not an https:// service');
  });

  it('never repeats the answer of a service that sent no public address', async () => {
    const url = fake.echoUrl('192.168.1.20 secret-looking-body');
    const failure = askEchoService({ service: url, proxy: fake.proxyUrl, timeoutMs: 10_000, ca });
    await expect(failure).rejects.toThrow(/no public IPv4 in the answer \(\d+ bytes\)/);
    await expect(failure).rejects.not.toThrow(/secret-looking-body|192\.168/);
  });
});
