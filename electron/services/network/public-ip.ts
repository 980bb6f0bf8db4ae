import type { PublicIpAnswer, PublicIpResult } from '../../../shared/network';
import { askEchoService, type EchoQuestion } from './echo-service';

export type { PublicIpResult };

// WeChat checks the IP a request leaves from, so the operator must whitelist that address. Several
// echo services are asked at once. An office network may leave through several exits: every answer
// counts, grouped by address, and when the addresses share a /24 one `a.b.c.*` entry covers them all.

export const DEFAULT_IP_ECHO_SERVICES = [
  'https://4.ipw.cn',
  'https://ip.3322.net',
  'https://myip.ipip.net',
  'https://api.ipify.org',
  'https://ifconfig.me/ip',
];

/** After the first answer, how long the others may still take: enough for a second exit, short for the operator. */
const GRACE_AFTER_FIRST_MS = 1500;

export interface PublicIpOptions {
  services?: string[];
  timeoutMs?: number;
  proxy?: string | null;
  ca?: string;
  ask?: (question: EchoQuestion) => Promise<string>;
}

/** `a.b.c.*` when several addresses share their first three parts: one whitelist entry for every exit. */
export function sharedEntry(ips: readonly string[]): string | null {
  if (ips.length < 2) return null;
  const prefixes = new Set(ips.map((ip) => ip.split('.').slice(0, 3).join('.')));
  return prefixes.size === 1 ? `${[...prefixes][0]}.*` : null;
}

export async function findPublicIp(options: PublicIpOptions = {}): Promise<PublicIpResult> {
  const { services = DEFAULT_IP_ECHO_SERVICES, timeoutMs = 4_000, proxy, ca, ask = askEchoService } = options;
  const outcomes: Array<{ service: string; ip?: string; error?: string }> = services.map((service) => ({ service }));
  let firstAnswer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
  const all = Promise.all(
    services.map(async (service, i) => {
      try {
        outcomes[i]!.ip = await ask({ service, proxy, timeoutMs, ca });
        firstAnswer();
      } catch (error) {
        outcomes[i]!.error = error instanceof Error ? error.message : String(error);
      }
    }),
  );
  let grace: NodeJS.Timeout | undefined;
  const graceOver = new Promise<void>((resolve) => void answered.then(() => (grace = setTimeout(resolve, GRACE_AFTER_FIRST_MS))));
  await Promise.race([all, graceOver]);
  clearTimeout(grace);

  const answers: PublicIpAnswer[] = [];
  for (const { service, ip } of outcomes) {
    if (!ip) continue;
    const known = answers.find((answer) => answer.ip === ip);
    if (known) known.sources.push(service);
    else answers.push({ ip, sources: [service] });
  }
  if (answers.length > 0) return { ok: true, answers, sharedEntry: sharedEntry(answers.map((a) => a.ip)) };
  const detail = outcomes.map(({ service, error }) => `${service}: ${error ?? 'no answer in time'}`).join('\n');
  return { ok: false, problem: { code: 'ci.public-ip-unknown', severity: 'error', detail } };
}
