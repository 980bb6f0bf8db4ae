import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';

// One question to one public-IP echo service: over https only (an answer that could be forged on the
// way would end up on the operator's whitelist), through the proxy when there is one (the proxy's
// address is the one WeChat sees), with a timeout and a size cap. Errors name what went wrong but
// never carry the answer's body: it is somebody else's page, and it must not reach the renderer.

export interface EchoQuestion {
  service: string;
  proxy: string | null | undefined;
  timeoutMs: number;
  /** Trusted CAs instead of the system's; for tests against a local echo with a test certificate. */
  ca?: string;
}

const MAX_ANSWER_BYTES = 4096;
const IPV4 = /\b((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})\b/;

export function isPublicIpv4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return !(a === 10 || a === 127 || a === 0 || a >= 224 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127));
}

/** A CONNECT tunnel through an HTTP proxy, then TLS to host:port over it. */
function tunnel(proxy: string, url: URL, question: EchoQuestion): Promise<tls.TLSSocket> {
  const proxyUrl = new URL(proxy);
  const port = url.port || '443';
  return new Promise((resolve, reject) => {
    const request = http.request({ host: proxyUrl.hostname, port: proxyUrl.port || 80, method: 'CONNECT', path: `${url.hostname}:${port}`, timeout: question.timeoutMs });
    request.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        reject(new Error(`proxy answered ${response.statusCode}`));
        return;
      }
      resolve(tls.connect({ socket, servername: url.hostname, ca: question.ca }));
    });
    request.once('timeout', () => request.destroy(new Error('proxy timeout')));
    request.once('error', reject);
    request.end();
  });
}

/** The public IPv4 the service saw, or an error saying why there is none. */
export async function askEchoService(question: EchoQuestion): Promise<string> {
  const url = new URL(question.service);
  if (url.protocol !== 'https:') throw new Error('not an https:// service');
  const socket = question.proxy ? await tunnel(question.proxy, url, question) : undefined;
  const body = await new Promise<string>((resolve, reject) => {
    const options: https.RequestOptions = {
      timeout: question.timeoutMs,
      headers: { 'user-agent': 'curl/8' },
      ca: question.ca,
      ...(socket ? { createConnection: () => socket } : {}),
    };
    const request = https.get(url, options, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        if (text.length > MAX_ANSWER_BYTES) request.destroy(new Error(`answer longer than ${MAX_ANSWER_BYTES} bytes`));
      });
      response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(`HTTP ${response.statusCode}`))));
    });
    request.once('timeout', () => request.destroy(new Error(`timeout after ${question.timeoutMs} ms`)));
    request.once('error', reject);
  });
  const ip = IPV4.exec(body)?.[1];
  if (!ip || !isPublicIpv4(ip)) throw new Error(`no public IPv4 in the answer (${Buffer.byteLength(body)} bytes)`);
  return ip;
}
