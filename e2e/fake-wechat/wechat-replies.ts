import type { FailureMode } from './types';

/** What the server should do with one request; fake-wechat-server.ts carries it out. */
export type Reply =
  | { kind: 'send'; status: number; contentType: string; body: string }
  | { kind: 'drop' }
  | { kind: 'hold' }
  | { kind: 'delay'; ms: number; then: Reply };

export const json = (body: unknown, status = 200): Reply => ({
  kind: 'send', status, contentType: 'application/json', body: JSON.stringify(body),
});

export const okJson = (fields: Record<string, unknown>): Reply => json({ errCode: 0, errMsg: 'ok', ...fields });

/** The answer reported by users whose egress IP is not on the 代码上传 IP whitelist. */
export const invalidIp = (ip: string): Reply => json({
  errCode: -10008,
  errMsg: `invalid ip: ${ip}, reference: https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html`,
});

/**
 * The library has no special case for a bad signature: any errCode != 0 from upload becomes
 * CodeError(20003, "Error: <raw body>"). Users with a wrong or reset key report "-1 get new ticket fail".
 */
export const ticketFail = (): Reply => json({ errCode: -1, errMsg: 'get new ticket fail' });

const internalError = (): Reply => ({
  kind: 'send', status: 500, contentType: 'text/plain; charset=utf-8', body: 'Internal Server Error',
});

const htmlPage = (): Reply => ({
  kind: 'send',
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body: '<!DOCTYPE html><html><head><title>Network notice</title></head>' +
    '<body><h1>Please sign in to the network</h1><p>This page replaced the response.</p></body></html>',
});

/**
 * Turns the normal answer into the one the failure mode asks for. `verifiesKey` says whether the endpoint checks a
 * signature at all (wrong-key means nothing for getrandstr).
 */
export function applyMode(mode: FailureMode, normal: Reply, context: { clientIp: string; verifiesKey: boolean }): Reply {
  if (typeof mode === 'object') return { kind: 'delay', ms: mode.slowMs, then: normal };
  switch (mode) {
    case 'ok': return normal;
    case 'qr-not-image': return normal;
    case 'invalid-ip': return invalidIp(context.clientIp);
    case 'wrong-key': return context.verifiesKey ? ticketFail() : normal;
    case 'server-500': return internalError();
    case 'html': return htmlPage();
    case 'drop': return { kind: 'drop' };
    case 'never-answer': return { kind: 'hold' };
  }
}
