import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback stand-in for a public-IP echo service, answering as the named service pages do. */
export async function startIpEcho(ip: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => res.end(`当前 IP：${ip}  来自于：中国 上海`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
