import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { Problem } from '../../../shared/model';
import type { RobotKind } from '../../../shared/notify';
import { dingtalkSignedUrl, feishuSign } from './robot-signing';

// One robot message on the wire: sign where the platform signs, POST the JSON (through the app's proxy
// setting, as the public-IP lookup does: CONNECT, then TLS), with a deadline, and read the platform's
// answer as ok or a Problem. Errors never carry the URL: it holds the robot's key or token.
//
// Answers relied on (platform docs): WeCom and DingTalk {"errcode":0,"errmsg":"ok"}; DingTalk 310000
// "sign not match"; Feishu {"code":0,"msg":"success"} (older bots: {"StatusCode":0}), 19021 for a bad sign.

export interface StoredRobot {
  kind: RobotKind;
  url: string;
  secret?: string;
}

export interface SendOptions {
  proxy: string | null;
  timeoutMs?: number;
  now?: () => Date;
  /**
   * Tests and the browser harness only: the robot's scheme, host and port are replaced by this one
   * (the fake webhook server on 127.0.0.1); path and query stay as stored. Never set in the app.
   */
  baseUrl?: string;
}

export type SendResult = { ok: true } | { ok: false; problem: Problem };

const SIGN_REFUSED: Record<RobotKind, number[]> = { wecom: [], dingtalk: [310000], feishu: [19021] };
const MAX_ANSWER_BYTES = 16 * 1024;

function tunnel(proxy: string, target: URL, timeoutMs: number): Promise<tls.TLSSocket> {
  const proxyUrl = new URL(proxy);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: proxyUrl.hostname, port: proxyUrl.port || 80, method: 'CONNECT', path: `${target.hostname}:${target.port || 443}`, timeout: timeoutMs });
    request.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        reject(new Error(`proxy answered ${response.statusCode}`));
        return;
      }
      resolve(tls.connect({ socket, servername: target.hostname }));
    });
    request.once('timeout', () => request.destroy(new Error('proxy timeout')));
    request.once('error', reject);
    request.end();
  });
}

async function postJson(target: URL, body: object, options: SendOptions): Promise<{ status: number; text: string }> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const payload = Buffer.from(JSON.stringify(body));
  const secure = target.protocol === 'https:';
  const socket = secure && options.proxy ? await tunnel(options.proxy, target, timeoutMs) : undefined;
  return new Promise((resolve, reject) => {
    const requestOptions: https.RequestOptions = {
      method: 'POST',
      timeout: timeoutMs,
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length },
      ...(socket ? { createConnection: () => socket } : {}),
    };
    const request = (secure ? https : http).request(target, requestOptions, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        if (text.length > MAX_ANSWER_BYTES) request.destroy(new Error(`answer longer than ${MAX_ANSWER_BYTES} bytes`));
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.once('timeout', () => request.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    request.once('error', reject);
    request.end(payload);
  });
}

/** The platform's own code: errcode (WeCom, DingTalk), code or StatusCode (Feishu). */
function answerCode(text: string): { code: number; message: string } | null {
  try {
    const answer = JSON.parse(text) as Record<string, unknown>;
    const code = answer.errcode ?? answer.code ?? answer.StatusCode;
    const message = answer.errmsg ?? answer.msg ?? answer.StatusMessage ?? '';
    return typeof code === 'number' ? { code, message: String(message).slice(0, 200) } : null;
  } catch {
    return null;
  }
}

function targetOf(robot: StoredRobot, options: SendOptions, now: Date): URL {
  const signedUrl = robot.kind === 'dingtalk' && robot.secret ? dingtalkSignedUrl(robot.url, robot.secret, now.getTime()) : robot.url;
  const target = new URL(signedUrl);
  if (!options.baseUrl) return target;
  const base = new URL(options.baseUrl);
  target.protocol = base.protocol;
  target.host = base.host;
  return target;
}

/** Sends each body in order; stops at the first refusal. */
export async function sendRobot(robot: StoredRobot, bodies: object[], options: SendOptions): Promise<SendResult> {
  const platform = robot.kind;
  for (const body of bodies) {
    const now = (options.now ?? (() => new Date()))();
    const signed = robot.kind === 'feishu' && robot.secret ? { timestamp: String(Math.floor(now.getTime() / 1000)), sign: feishuSign(robot.secret, Math.floor(now.getTime() / 1000)), ...body } : body;
    let answer: { status: number; text: string };
    try {
      answer = await postJson(targetOf(robot, options, now), signed, options);
    } catch (error) {
      // Node's messages name the host at most, never the path or query.
      return { ok: false, problem: { code: 'notify.robot-unreachable', severity: 'error', params: { platform }, detail: error instanceof Error ? error.message : String(error) } };
    }
    const parsed = answerCode(answer.text);
    if (!parsed) return { ok: false, problem: { code: 'notify.robot-unreachable', severity: 'error', params: { platform }, detail: `HTTP ${answer.status}` } };
    if (parsed.code === 0) continue;
    const code = SIGN_REFUSED[robot.kind].includes(parsed.code) ? 'notify.robot-sign-refused' : 'notify.robot-refused';
    return { ok: false, problem: { code, severity: 'error', params: { platform, code: parsed.code }, detail: parsed.message } };
  }
  return { ok: true };
}
