import crypto from 'node:crypto';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWebhook, type FakeWebhook } from './fake-webhook-server';

// The fake's own checks, with requests written by hand (not by the app's sender): it must refuse what
// the platforms refuse, or the app's tests against it would prove nothing.

let fake: FakeWebhook;
beforeEach(async () => {
  fake = await startFakeWebhook();
});
afterEach(async () => {
  await fake.close();
});

const post = async (path: string, body: unknown) => (await fetch(fake.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<Record<string, unknown>>;
const hmac = (key: string, message: string) => crypto.createHmac('sha256', key).update(message).digest('base64');

describe('fake webhook: WeCom', () => {
  beforeEach(() => fake.registerRobot('wecom', 'wecom-key-0001'));

  it('takes a markdown message and an image whose md5 matches its PNG bytes', async () => {
    const png = await QRCode.toBuffer('x', { type: 'png' });
    expect(await post('/cgi-bin/webhook/send?key=wecom-key-0001', { msgtype: 'markdown', markdown: { content: 'hi' } })).toEqual({ errcode: 0, errmsg: 'ok' });
    const image = { base64: png.toString('base64'), md5: crypto.createHash('md5').update(png).digest('hex') };
    expect(await post('/cgi-bin/webhook/send?key=wecom-key-0001', { msgtype: 'image', image })).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(fake.received.map((m) => m.body.msgtype)).toEqual(['markdown', 'image']);
  });

  it('refuses an unknown key, a bad md5, bytes that are no image, and a missing field', async () => {
    const png = await QRCode.toBuffer('x', { type: 'png' });
    expect((await post('/cgi-bin/webhook/send?key=nope', { msgtype: 'text', text: { content: 'hi' } })).errcode).toBe(93000);
    expect((await post('/cgi-bin/webhook/send?key=wecom-key-0001', { msgtype: 'image', image: { base64: png.toString('base64'), md5: '0'.repeat(32) } })).errcode).toBe(40008);
    const html = Buffer.from('<html></html>');
    expect((await post('/cgi-bin/webhook/send?key=wecom-key-0001', { msgtype: 'image', image: { base64: html.toString('base64'), md5: crypto.createHash('md5').update(html).digest('hex') } })).errcode).toBe(40008);
    expect((await post('/cgi-bin/webhook/send?key=wecom-key-0001', { msgtype: 'markdown', markdown: {} })).errcode).toBe(40008);
    expect(fake.received).toEqual([]);
  });
});

describe('fake webhook: DingTalk 加签', () => {
  beforeEach(() => fake.registerRobot('dingtalk', 'ding-token-1', 'SECright'));
  const signed = (secret: string, timestamp = Date.now()) => `/robot/send?access_token=ding-token-1&timestamp=${timestamp}&sign=${encodeURIComponent(hmac(secret, `${timestamp}\n${secret}`))}`;
  const body = { msgtype: 'markdown', markdown: { title: 't', text: 'x' } };

  it('takes a message signed with the secret', async () => {
    expect(await post(signed('SECright'), body)).toEqual({ errcode: 0, errmsg: 'ok' });
  });

  it('refuses a wrong secret, no signature, an old timestamp (310000) and a missing title', async () => {
    expect(await post(signed('SECwrong'), body)).toEqual({ errcode: 310000, errmsg: 'sign not match' });
    expect((await post('/robot/send?access_token=ding-token-1', body)).errcode).toBe(310000);
    expect((await post(signed('SECright', Date.now() - 2 * 3_600_000), body)).errcode).toBe(310000);
    expect((await post(signed('SECright'), { msgtype: 'markdown', markdown: { text: 'x' } })).errcode).toBe(40035);
    expect(fake.received).toEqual([]);
  });
});

describe('fake webhook: Feishu 签名校验', () => {
  beforeEach(() => fake.registerRobot('feishu', 'feishu-token-1', 'fs-right'));
  const body = { msg_type: 'text', content: { text: 'hi' } };
  const sign = (secret: string, timestamp = Math.floor(Date.now() / 1000)) => ({ timestamp: String(timestamp), sign: hmac(`${timestamp}\n${secret}`, '') });

  it('takes a message signed with "timestamp\\nsecret" as the key', async () => {
    expect(await post('/open-apis/bot/v2/hook/feishu-token-1', { ...sign('fs-right'), ...body })).toEqual({ code: 0, msg: 'success', data: {} });
  });

  it('refuses a wrong secret (19021), the key and message swapped, and a post with a tag lacking text', async () => {
    expect((await post('/open-apis/bot/v2/hook/feishu-token-1', { ...sign('fs-wrong'), ...body })).code).toBe(19021);
    const timestamp = String(Math.floor(Date.now() / 1000));
    expect((await post('/open-apis/bot/v2/hook/feishu-token-1', { timestamp, sign: hmac('fs-right', `${timestamp}\nfs-right`), ...body })).code).toBe(19021);
    const badPost = { msg_type: 'post', content: { post: { zh_cn: { title: 't', content: [[{ tag: 'text' }]] } } } };
    expect((await post('/open-apis/bot/v2/hook/feishu-token-1', { ...sign('fs-right'), ...badPost })).code).toBe(9499);
    expect(fake.received).toEqual([]);
  });
});
