import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { PublicIpResult } from '../../../shared/network';

export type { PublicIpResult };

// WeChat checks the IP a request leaves from, so the operator must whitelist that address.
// Several echo services are asked at once and the first plausible IPv4 wins; each has a
// timeout, and with a proxy the question goes through the proxy, whose address is what WeChat sees.

export const DEFAULT_IP_ECHO_SERVICES = [
  'https://4.ipw.cn',
  'https://ip.3322.net',
  'https://myip.ipip.net',
  'https://api.ipify.org',
  'https://ifconfig.me/ip',
];

export interface PublicIpOptions {
  services?: string[];
  timeoutMs?: number;
  proxy?: string | null;
}

const IPV4 = /\b((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})\b/;

function isPublicIpv4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return !(a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254));
}

/** Opens a CONNECT tunnel through an HTTP proxy and returns a TLS socket to host:443. */
function tunnel(proxy: string, host: string, timeoutMs: number): Promise<tls.TLSSocket> {
  const proxyUrl = new URL(proxy);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: proxyUrl.hostname, port: proxyUrl.port || 80, method: 'CONNECT', path: `${host}:443`, timeout: timeoutMs });
    request.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        reject(new Error(`proxy answered ${response.statusCode}`));
        return;
      }
      resolve(tls.connect({ socket, servername: host }));
    });
    request.once('timeout', () => request.destroy(new Error('proxy timeout')));
    request.once('error', reject);
    request.end();
  });
}

async function ask(service: string, timeoutMs: number, proxy: string | null | undefined): Promise<string> {
  const url = new URL(service);
  const secure = url.protocol === 'https:';
  const socket = proxy && secure ? await tunnel(proxy, url.hostname, timeoutMs) : undefined;
  const body = await new Promise<string>((resolve, reject) => {
    const client = secure ? https : http;
    const request = client.get(url, { timeout: timeoutMs, headers: { 'user-agent': 'curl/8' }, ...(socket ? { createConnection: () => socket } : {}) }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        if (text.length > 4096) request.destroy(new Error('answer too long'));
      });
      response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(`HTTP ${response.statusCode}`))));
    });
    request.once('timeout', () => request.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    request.once('error', reject);
  });
  const ip = IPV4.exec(body)?.[1];
  if (!ip || !isPublicIpv4(ip)) throw new Error(`no public IPv4 in the answer: ${body.slice(0, 80)}`);
  return ip;
}

export async function findPublicIp({ services = DEFAULT_IP_ECHO_SERVICES, timeoutMs = 4_000, proxy }: PublicIpOptions = {}): Promise<PublicIpResult> {
  const attempts = services.map(async (service) => ({ ip: await ask(service, timeoutMs, proxy), source: service }));
  try {
    const { ip, source } = await Promise.any(attempts);
    return { ok: true, ip, source };
  } catch (error) {
    const reasons = error instanceof AggregateError ? error.errors : [error];
    const detail = services.map((service, i) => `${service}: ${reasons[i] instanceof Error ? reasons[i].message : String(reasons[i])}`).join('\n');
    return { ok: false, problem: { code: 'ci.public-ip-unknown', severity: 'error', detail } };
  }
}
