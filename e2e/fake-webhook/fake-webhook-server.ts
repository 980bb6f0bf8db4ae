import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A fake of the three group-chat robot platforms on 127.0.0.1, one server, each at its real path:
//   WeCom     POST /cgi-bin/webhook/send?key=KEY
//   DingTalk  POST /robot/send?access_token=TOKEN[&timestamp=T&sign=S]
//   Feishu    POST /open-apis/bot/v2/hook/TOKEN       (timestamp and sign in the body)
// It checks each body's exact shape (the message types the app sends), WeCom images (base64 of a PNG
// or JPEG, md5 of the raw bytes), and the signature where the robot has a secret, with each platform's
// own error codes, and records what it accepted. The robot sender reaches it through its base-URL
// override (send-robot.ts `baseUrl`, the harness's MP_HARNESS_ROBOT_BASE_URL).

export type FakePlatform = 'wecom' | 'dingtalk' | 'feishu';

export interface ReceivedMessage {
  platform: FakePlatform;
  token: string;
  body: Record<string, unknown>;
}

export interface FakeWebhook {
  /** e.g. http://127.0.0.1:40123 */
  baseUrl: string;
  /** A robot the fake knows: its key/token, and its signing secret when 加签 / 签名校验 is on. */
  registerRobot(platform: FakePlatform, token: string, secret?: string): void;
  /** Messages accepted, in order. */
  received: ReceivedMessage[];
  /** Every refusal, as `${platform} ${code}`, so tests can see why. */
  refusals: string[];
  close(): Promise<void>;
}

type Answer = Record<string, unknown>;
type Check = string | null;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HOUR_MS = 3_600_000;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The same HMAC as the platforms, written here from their documentation, independently of the app's code. */
const hmacBase64 = (key: string, message: string) => crypto.createHmac('sha256', key).update(message).digest('base64');

function wecomBodyError(body: Answer): Check {
  if (body.msgtype === 'text') return isObject(body.text) && isText(body.text.content) ? null : 'text.content missing';
  if (body.msgtype === 'markdown') return isObject(body.markdown) && isText(body.markdown.content) ? null : 'markdown.content missing';
  if (body.msgtype === 'image') {
    if (!isObject(body.image) || !isText(body.image.base64) || !isText(body.image.md5)) return 'image.base64 / image.md5 missing';
    const bytes = Buffer.from(body.image.base64, 'base64');
    if (bytes.toString('base64') !== body.image.base64) return 'image.base64 is not base64';
    if (bytes.length > 2 * 1024 * 1024) return 'image over 2 MB';
    const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    if (!bytes.subarray(0, 8).equals(PNG_MAGIC) && !isJpeg) return 'image is not a PNG or JPG';
    if (crypto.createHash('md5').update(bytes).digest('hex') !== body.image.md5) return 'image.md5 does not match';
    return null;
  }
  return `msgtype ${String(body.msgtype)} not supported`;
}

function dingtalkBodyError(body: Answer): Check {
  if (body.msgtype === 'text') return isObject(body.text) && isText(body.text.content) ? null : 'text.content missing';
  if (body.msgtype === 'markdown') return isObject(body.markdown) && isText(body.markdown.title) && isText(body.markdown.text) ? null : 'markdown.title / markdown.text missing';
  return `msgtype ${String(body.msgtype)} not supported`;
}

function feishuBodyError(body: Answer): Check {
  if (!isObject(body.content)) return 'content missing';
  if (body.msg_type === 'text') return isText(body.content.text) ? null : 'content.text missing';
  if (body.msg_type === 'post') {
    const post = body.content.post;
    if (!isObject(post)) return 'content.post missing';
    const languages = Object.values(post);
    if (languages.length === 0) return 'content.post has no language';
    for (const language of languages) {
      if (!isObject(language) || !Array.isArray(language.content)) return 'post content is not a list of rows';
      for (const row of language.content as unknown[]) {
        if (!Array.isArray(row)) return 'post row is not a list';
        for (const tag of row as unknown[]) {
          if (!isObject(tag) || !isText(tag.text)) return 'post tag without text';
          if (tag.tag === 'a' && !isText(tag.href)) return 'a tag without href';
          if (tag.tag !== 'text' && tag.tag !== 'a') return `tag ${String(tag.tag)} not supported`;
        }
      }
    }
    return null;
  }
  return `msg_type ${String(body.msg_type)} not supported`;
}

export async function startFakeWebhook(options: { now?: () => number } = {}): Promise<FakeWebhook> {
  const now = options.now ?? (() => Date.now());
  const robots = new Map<string, string | undefined>();
  const received: ReceivedMessage[] = [];
  const refusals: string[] = [];
  const key = (platform: FakePlatform, token: string) => `${platform}:${token}`;

  function answerWecom(url: URL, body: Answer): Answer {
    const token = url.searchParams.get('key') ?? '';
    if (!robots.has(key('wecom', token))) return { errcode: 93000, errmsg: 'invalid webhook url' };
    const error = wecomBodyError(body);
    if (error) return { errcode: 40008, errmsg: `invalid message type: ${error}` };
    received.push({ platform: 'wecom', token, body });
    return { errcode: 0, errmsg: 'ok' };
  }

  function answerDingtalk(url: URL, body: Answer): Answer {
    const token = url.searchParams.get('access_token') ?? '';
    if (!robots.has(key('dingtalk', token))) return { errcode: 300001, errmsg: 'token is not exist' };
    const secret = robots.get(key('dingtalk', token));
    if (secret) {
      const timestamp = url.searchParams.get('timestamp') ?? '';
      // URLSearchParams has already decoded the sign once, as DingTalk's server does.
      const sign = url.searchParams.get('sign') ?? '';
      if (!/^\d{13}$/.test(timestamp) || Math.abs(now() - Number(timestamp)) > HOUR_MS) return { errcode: 310000, errmsg: 'timestamp is not within one hour' };
      if (sign !== hmacBase64(secret, `${timestamp}\n${secret}`)) return { errcode: 310000, errmsg: 'sign not match' };
    }
    const error = dingtalkBodyError(body);
    if (error) return { errcode: 40035, errmsg: `missing or invalid parameter: ${error}` };
    received.push({ platform: 'dingtalk', token, body });
    return { errcode: 0, errmsg: 'ok' };
  }

  function answerFeishu(token: string, body: Answer): Answer {
    if (!robots.has(key('feishu', token))) return { code: 19001, msg: 'param invalid: incoming webhook access token invalid', data: {} };
    const secret = robots.get(key('feishu', token));
    if (secret) {
      const { timestamp, sign } = body;
      const signMismatch = { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time', data: {} };
      if (typeof timestamp !== 'string' || !/^\d{10}$/.test(timestamp) || Math.abs(now() - Number(timestamp) * 1000) > HOUR_MS) return signMismatch;
      if (sign !== hmacBase64(`${timestamp}\n${secret}`, '')) return signMismatch;
    }
    const error = feishuBodyError(body);
    if (error) return { code: 9499, msg: `Bad Request: ${error}`, data: {} };
    received.push({ platform: 'feishu', token, body });
    return { code: 0, msg: 'success', data: {} };
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake-webhook');
      const reply = (status: number, answer: Answer) => {
        const code = answer.errcode ?? answer.code;
        if (code !== 0) refusals.push(`${url.pathname.split('/')[1]} ${String(code)} ${String(answer.errmsg ?? answer.msg)}`);
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      };
      let body: Answer;
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (!isObject(parsed)) throw new Error('not an object');
        body = parsed;
      } catch {
        return reply(400, { errcode: 40001, errmsg: 'invalid json' });
      }
      if (request.method !== 'POST' || !String(request.headers['content-type']).startsWith('application/json')) return reply(405, { errcode: 40002, errmsg: 'POST application/json only' });
      if (url.pathname === '/cgi-bin/webhook/send') return reply(200, answerWecom(url, body));
      if (url.pathname === '/robot/send') return reply(200, answerDingtalk(url, body));
      const feishu = /^\/open-apis\/bot\/v2\/hook\/([\w-]+)$/.exec(url.pathname);
      if (feishu) return reply(200, answerFeishu(feishu[1]!, body));
      return reply(404, { errcode: 404, errmsg: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    registerRobot: (platform, token, secret) => void robots.set(key(platform, token), secret),
    received,
    refusals,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
