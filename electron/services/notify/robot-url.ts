import type { RobotKind } from '../../../shared/notify';

// What a webhook of each platform looks like, and its masked form for the renderer. The hosts are
// the platforms' own (Feishu's international twin, Lark, included): a robot can only post there.

const WEBHOOKS: Record<RobotKind, { hosts: string[]; path: RegExp; secretIn: 'key' | 'access_token' | 'path' }> = {
  wecom: { hosts: ['qyapi.weixin.qq.com'], path: /^\/cgi-bin\/webhook\/send$/, secretIn: 'key' },
  dingtalk: { hosts: ['oapi.dingtalk.com'], path: /^\/robot\/send$/, secretIn: 'access_token' },
  feishu: { hosts: ['open.feishu.cn', 'open.larksuite.com'], path: /^\/open-apis\/bot\/v2\/hook\/[\w-]{8,}$/, secretIn: 'path' },
};

/** The key or token the URL carries (what makes it a secret), or null when it is not the platform's webhook. */
export function webhookToken(kind: RobotKind, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const shape = WEBHOOKS[kind];
  if (parsed.protocol !== 'https:' || !shape.hosts.includes(parsed.hostname) || parsed.port !== '' || !shape.path.test(parsed.pathname)) return null;
  const token = shape.secretIn === 'path' ? parsed.pathname.split('/').at(-1)! : parsed.searchParams.get(shape.secretIn);
  return token && token.length >= 8 ? token : null;
}

const mask = (token: string) => `${token.slice(0, 4)}…${token.slice(-3)}`;

/** e.g. https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…aaa: enough to tell two robots apart. */
export function maskedWebhook(url: string, token: string): string {
  return url.split('#')[0]!.split(token).join(mask(token));
}
