import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { contentType, findStaticFile, harnessIndexHtml } from './static-files';
import type { HarnessServices } from './node-adapters';
import { isAllowedHost, isAllowedOrigin } from './request-guards';
import { BRIDGE_PATH, MAX_FRAME_BYTES, readCallFrame, SOCKET_PATH, type WireEvent, type WireReply } from './wire';

export interface HarnessOptions {
  services: HarnessServices;
  rendererDir: string;
  bridgeFile: string;
  port?: number;
}

export interface RunningHarness {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the AppApi over a WebSocket, on 127.0.0.1 only. A random
 * token, handed out inside the page, the Host check (DNS rebinding) and an Origin check keep
 * other pages out.
 */
export async function startHarness({ services, rendererDir, bridgeFile, port = 0 }: HarnessOptions): Promise<RunningHarness> {
  const token = crypto.randomBytes(24).toString('hex');
  const server = http.createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const listeningPort = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${listeningPort}`;

  server.on('request', (request, response) => {
    if (!isAllowedHost(request.headers.host, listeningPort)) {
      response.writeHead(403, { 'content-type': 'text/plain' });
      response.end('Forbidden host');
      return;
    }
    serveRequest(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });

  async function serveRequest(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === BRIDGE_PATH) return send(200, contentType('.js'), await fs.readFile(bridgeFile));
    if (url.pathname === '/__harness/opened-urls' && url.searchParams.get('token') === token) {
      return send(200, contentType('.json'), JSON.stringify(services.openedUrls));
    }
    if (url.pathname === '/__harness/desktop-notes' && url.searchParams.get('token') === token) {
      return send(200, contentType('.json'), JSON.stringify(services.desktopNotes));
    }
    // Test hook standing in for the in-app admin window landing on a URL (e.g. after QR login).
    if (url.pathname === '/__harness/mp-navigated' && request.method === 'POST' && url.searchParams.get('token') === token) {
      services.mpSession.observe(url.searchParams.get('url') ?? '');
      return send(200, contentType('.json'), JSON.stringify({ signedIn: services.mpSession.signedIn() }));
    }
    const file = await findStaticFile(rendererDir, url.pathname);
    if (!file) return send(404, 'text/plain', 'Not found');
    if (file.endsWith('index.html')) {
      const html = await fs.readFile(file, 'utf8');
      const wsOrigin = origin.replace('http:', 'ws:');
      return send(200, contentType(file), harnessIndexHtml(html, `${BRIDGE_PATH}?token=${token}`, wsOrigin));
    }
    return send(200, contentType(file), await fs.readFile(file));
  }

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', origin);
    const trusted =
      isAllowedHost(request.headers.host, listeningPort) &&
      url.pathname === SOCKET_PATH &&
      url.searchParams.get('token') === token &&
      isAllowedOrigin(request.headers.origin, listeningPort);
    if (!trusted) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveSocket(ws, services));
  });

  const unsubscribe = services.events.subscribe((event, payload) => {
    const message: WireEvent = { kind: 'event', event, payload };
    for (const client of sockets.clients) client.send(JSON.stringify(message));
  });

  return {
    url: `${origin}/`,
    async close() {
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveSocket(ws: WebSocket, services: HarnessServices): void {
  // A protocol error (a frame over MAX_FRAME_BYTES, invalid UTF-8) closes this socket; without a
  // listener it would be thrown and take the server down.
  ws.on('error', () => undefined);
  ws.on('message', (raw, isBinary) => {
    // The bridge sends text only; a binary frame has nothing to answer.
    if (isBinary) return;
    // answer() catches what the service throws; anything else closes this socket, not the server.
    answer(ws, services, String(raw)).catch(() => ws.close(1011));
  });
}

/** Serves one frame; never rejects, whatever the page sent or the service threw. */
async function answer(ws: WebSocket, services: HarnessServices, text: string): Promise<void> {
  const frame = readCallFrame(text);
  if (frame.kind === 'drop') return;
  let reply: WireReply;
  if (frame.kind === 'refuse') {
    reply = { kind: 'reply', id: frame.id, ok: false, error: frame.error };
  } else {
    try {
      reply = { kind: 'reply', id: frame.call.id, ok: true, value: await services.serve(frame.call.channel, frame.call.input) };
    } catch (error) {
      reply = { kind: 'reply', id: frame.call.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  ws.send(JSON.stringify(reply));
}
