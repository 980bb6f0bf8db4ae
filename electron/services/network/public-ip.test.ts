import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findPublicIp } from './public-ip';

// Echo services on loopback, each answering one way.
const servers: http.Server[] = [];
async function echo(answer: (res: http.ServerResponse) => void): Promise<string> {
  const server = http.createServer((_req, res) => answer(res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('findPublicIp', () => {
  it('takes the first plausible answer, also from a chatty page', async () => {
    const garbage = await echo((res) => res.end('<html>rate limited</html>'));
    const chatty = await echo((res) => res.end('当前 IP：203.0.113.9  来自于：中国 上海 电信'));
    const result = await findPublicIp({ services: [garbage, chatty], timeoutMs: 2_000 });
    expect(result).toEqual({ ok: true, ip: '203.0.113.9', source: chatty });
  });

  it('does not wait for a service that never answers', async () => {
    const silent = await echo(() => undefined);
    const quick = await echo((res) => res.end('198.51.100.4\n'));
    // The silent service's timeout is far past the test's own (30 s): waiting for it would fail the test.
    const result = await findPublicIp({ services: [silent, quick], timeoutMs: 10 * 60_000 });
    expect(result).toMatchObject({ ok: true, ip: '198.51.100.4' });
  });

  it('refuses private addresses, which no whitelist can use', async () => {
    const lan = await echo((res) => res.end('192.168.1.20'));
    const result = await findPublicIp({ services: [lan], timeoutMs: 1_000 });
    expect(result.ok).toBe(false);
  });

  it('explains when no service answers, with every reason in the detail', async () => {
    const silent = await echo(() => undefined);
    const broken = await echo((res) => {
      res.statusCode = 503;
      res.end('busy');
    });
    const result = await findPublicIp({ services: [silent, broken], timeoutMs: 500 });
    if (result.ok) throw new Error('expected a failure');
    expect(result.problem.code).toBe('ci.public-ip-unknown');
    expect(result.problem.detail).toContain('timeout after 500 ms');
    expect(result.problem.detail).toContain('HTTP 503');
  });
});
