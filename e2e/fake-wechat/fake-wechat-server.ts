import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createTestCertificates } from './test-ca';
import type { FakeWechat, FakeWechatOptions, RecordedRequest } from './types';
import { WechatCgi } from './wechat-cgi';
import type { Reply } from './wechat-replies';

export type { FailureMode, FailureTarget, FakeWechat, FakeWechatOptions, ReceivedUpload, RecordedRequest } from './types';

const WECHAT_TARGET = 'servicewechat.com:443';
const DEFAULT_CLIENT_IP = '203.0.113.7';
/** Echo services live at eN.echo.test (.test is reserved: it can never be a real host). */
const ECHO_DOMAIN = 'echo.test';
const ECHO_TARGET = /^e\d+\.echo\.test:443$/;

interface Waiter {
  matches: (request: RecordedRequest) => boolean;
  resolve: (request: RecordedRequest) => void;
}

/**
 * An HTTP proxy on 127.0.0.1 that terminates CONNECT servicewechat.com:443 itself (with a certificate from a
 * throwaway CA) and answers like servicewechat.com. Everything else is refused.
 */
export async function startFakeWechat(options: FakeWechatOptions = {}): Promise<FakeWechat> {
  const certificates = createTestCertificates(['servicewechat.com', `*.${ECHO_DOMAIN}`]);
  const clientIp = options.clientIp ?? DEFAULT_CLIENT_IP;
  const echoIps = new Map<string, string>();
  const cgi = new WechatCgi(clientIp);
  if (options.mode) cgi.setMode(options.mode);
  if (options.released !== undefined) cgi.setReleased(options.released);
  for (const [appid, key] of Object.entries(options.apps ?? {})) cgi.registerApp(appid, key);
  for (const [devAppid, extAppids] of Object.entries(options.platforms ?? {})) cgi.platforms.set(devAppid, extAppids);

  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let waiters: Waiter[] = [];
  let closed = false;

  const record = (request: RecordedRequest): RecordedRequest => {
    requests.push(request);
    const ready = waiters.filter((waiter) => waiter.matches(request));
    waiters = waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve(request);
    return request;
  };

  const OUTCOME_OF: Record<Reply['kind'], RecordedRequest['outcome']> = {
    send: 'answered', drop: 'dropped', hold: 'held', delay: 'delayed',
  };

  const carryOut = (reply: Reply, res: ServerResponse): void => {
    if (closed) return;
    switch (reply.kind) {
      case 'send':
        res.writeHead(reply.status, {
          'Content-Type': reply.contentType, 'Content-Length': Buffer.byteLength(reply.body), Connection: 'close',
        });
        res.end(reply.body);
        return;
      case 'drop':
        res.socket?.destroy();
        return;
      case 'hold':
        return;
      case 'delay': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          carryOut(reply.then, res);
        }, reply.ms);
        timers.add(timer);
        return;
      }
    }
  };

  const handleWechatRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://servicewechat.com');
      const query = Object.fromEntries(url.searchParams);
      const body = Buffer.concat(chunks);
      const method = req.method ?? 'GET';
      const reply = cgi.handle({ method, pathname: url.pathname, query, body });
      record({
        at: Date.now(), method, target: url.pathname, query, headers: req.headers, bodyBytes: body.length,
        refused: false, outcome: OUTCOME_OF[reply.kind],
      });
      carryOut(reply, res);
    });
  };

  const wechat = createHttpsServer({ key: certificates.leafKeyPem, cert: certificates.leafCertPem }, handleWechatRequest);
  // TLS failures (e.g. a client that does not trust the CA) just end that tunnel.
  wechat.on('tlsClientError', (_error, tlsSocket) => tlsSocket.destroy());

  // IP echo services: the page body is the address, as 4.ipw.cn answers.
  const echo = createHttpsServer({ key: certificates.leafKeyPem, cert: certificates.leafCertPem }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    record({ at: Date.now(), method: req.method ?? 'GET', target: `https://${host}${req.url ?? '/'}`, query: {}, headers: req.headers, bodyBytes: 0, refused: false, outcome: 'answered' });
    res.writeHead(200, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end(`${echoIps.get(host) ?? clientIp}\n`);
  });
  echo.on('tlsClientError', (_error, tlsSocket) => tlsSocket.destroy());

  const proxy = createHttpServer((req, res) => {
    record({
      at: Date.now(), method: req.method ?? '', target: req.url ?? '', query: {}, headers: req.headers, bodyBytes: 0,
      refused: true, outcome: 'refused',
    });
    res.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end('fake-wechat only tunnels servicewechat.com:443\n');
  });
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const toEcho = ECHO_TARGET.test(target);
    const refused = target !== WECHAT_TARGET && !toEcho;
    record({
      at: Date.now(), method: 'CONNECT', target, query: {}, headers: req.headers, bodyBytes: 0,
      refused, outcome: refused ? 'refused' : 'answered',
    });
    if (refused) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    (toEcho ? echo : wechat).emit('connection', socket);
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = proxy.address() as AddressInfo;

  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    caCertPath: certificates.caCertPath,
    registerApp: (appid, publicKeyPem) => cgi.registerApp(appid, publicKeyPem),
    setMode: (mode, target) => cgi.setMode(mode, target),
    setAppMode: (appid, mode) => cgi.setAppMode(appid, mode),
    setReleased: (released, appid) => cgi.setReleased(released, appid),
    setPlatform: (devAppid, extAppids) => cgi.platforms.set(devAppid, extAppids),
    uploads: cgi.uploads,
    usageReports: cgi.usageReports,
    requests,
    waitForRequest(target, timeoutMs = 30_000) {
      const matches = (request: RecordedRequest): boolean =>
        typeof target === 'string' ? request.target === target : target.test(request.target);
      const seen = requests.find(matches);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter !== entry);
          reject(new Error(`fake-wechat saw no request for ${String(target)} within ${timeoutMs} ms`));
        }, timeoutMs);
        const entry: Waiter = { matches, resolve: (request) => { clearTimeout(timer); resolve(request); } };
        waiters.push(entry);
      });
    },
    echoUrl(ip = clientIp) {
      const host = `e${echoIps.size + 1}.${ECHO_DOMAIN}`;
      echoIps.set(host, ip);
      return `https://${host}/`;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => proxy.close(() => resolve())),
        new Promise<void>((resolve) => wechat.close(() => resolve())),
        new Promise<void>((resolve) => echo.close(() => resolve())),
      ]);
      certificates.dispose();
    },
  };
}
