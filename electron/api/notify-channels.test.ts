import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWebhook, type FakeWebhook } from '../../e2e/fake-webhook/fake-webhook-server';
import type { NotifyConfig, RobotSaved, RobotTestResult } from '../../shared/notify';
import { composeServices, type ComposedServices } from './compose-services';
import { memoryShell, memoryStore } from './test-support/memory-shell';
import { fileLogger } from '../services/logging/logger';
import type { NotifyFile } from '../services/notify/robot-store';

// The notify channels end to end, as the renderer calls them, against the fake webhook server: each
// platform with its real body format and signature, a wrong secret refused by the fake and shown as a
// problem, and the secrecy of URLs and secrets (renderer-facing values, the store file, the log, the
// diagnostics zip).

const WECOM_URL = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const DING_URL = 'https://oapi.dingtalk.com/robot/send?access_token=d1n9t0k3nd1n9t0k3n0000111122223333';
const FEISHU_URL = 'https://open.feishu.cn/open-apis/bot/v2/hook/0f5c2a9e-1b2c-4d5e-8f90-abcdef123456';
const DING_SECRET = 'SEC4e1f0b2a9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a';
const FEISHU_SECRET = 'qL2mN8pR4sT6vX0zB3dF5h';

let fake: FakeWebhook;
let app: ComposedServices;
let dir: string;
let notifyStore: ReturnType<typeof memoryStore<NotifyFile>>;

beforeEach(async () => {
  fake = await startFakeWebhook();
  fake.registerRobot('wecom', '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa');
  fake.registerRobot('dingtalk', 'd1n9t0k3nd1n9t0k3n0000111122223333', DING_SECRET);
  fake.registerRobot('feishu', '0f5c2a9e-1b2c-4d5e-8f90-abcdef123456', FEISHU_SECRET);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notify-service-'));
  const shell = memoryShell({ robotBaseUrl: fake.baseUrl, logger: fileLogger(path.join(dir, 'logs')), logDir: path.join(dir, 'logs'), pickSavePath: async ({ suggestedName }) => path.join(dir, suggestedName) });
  notifyStore = shell.stores.notify as typeof notifyStore;
  app = composeServices(shell);
});
afterEach(async () => {
  await app.runner.cancelAll();
  await fake.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const add = (input: object) => app.serve('notify:addRobot', input) as Promise<RobotSaved>;
const test = (id: string) => app.serve('notify:testRobot', { id }) as Promise<RobotTestResult>;
const added = async (input: object) => {
  const saved = await add(input);
  if (!saved.ok) throw new Error(saved.problem.code);
  return saved.robot;
};

describe('notify channels against the fake webhook server', () => {
  it('WeCom: the test message arrives as markdown', async () => {
    const robot = await added({ kind: 'wecom', url: WECOM_URL, appid: null });
    expect(robot).toMatchObject({ kind: 'wecom', scope: 'app', hasSecret: false, maskedUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…aaa' });
    expect(await test(robot.id)).toEqual({ ok: true });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]!.body).toMatchObject({ msgtype: 'markdown' });
  });

  it('DingTalk 加签: accepted with the right secret; a wrong secret is refused by the fake (310000) and shown as a problem', async () => {
    const right = await added({ kind: 'dingtalk', url: DING_URL, secret: DING_SECRET, appid: 'wx1234567890abcdef' });
    expect(right).toMatchObject({ scope: 'appid', appid: 'wx1234567890abcdef', hasSecret: true });
    expect(await test(right.id)).toEqual({ ok: true });
    expect(fake.received.map((m) => m.platform)).toEqual(['dingtalk']);

    const wrong = await added({ kind: 'dingtalk', url: DING_URL, secret: 'SECnot-the-one', appid: null });
    const result = await test(wrong.id);
    expect(result).toMatchObject({ ok: false, problem: { code: 'notify.robot-sign-refused', params: { platform: 'dingtalk', code: 310000 } } });
    expect(fake.refusals.at(-1)).toContain('310000 sign not match');
    expect(fake.received).toHaveLength(1);
  });

  it('Feishu 签名校验: accepted with the right secret; a wrong secret is refused by the fake (19021)', async () => {
    const right = await added({ kind: 'feishu', url: FEISHU_URL, secret: FEISHU_SECRET, appid: null });
    expect(await test(right.id)).toEqual({ ok: true });
    expect(fake.received[0]).toMatchObject({ platform: 'feishu', body: { msg_type: 'post' } });

    const wrong = await added({ kind: 'feishu', url: FEISHU_URL, secret: 'not-the-secret', appid: null });
    expect(await test(wrong.id)).toMatchObject({ ok: false, problem: { code: 'notify.robot-sign-refused', params: { platform: 'feishu', code: 19021 } } });
    const unsigned = await added({ kind: 'feishu', url: FEISHU_URL, appid: null });
    expect(await test(unsigned.id)).toMatchObject({ ok: false, problem: { code: 'notify.robot-sign-refused' } });
    expect(fake.received).toHaveLength(1);
  });

  it('refuses a URL that is not the platform webhook, and stores nothing', async () => {
    expect(await add({ kind: 'wecom', url: 'https://evil.example/cgi-bin/webhook/send?key=12345678', appid: null })).toMatchObject({ ok: false, problem: { code: 'notify.robot-url-invalid' } });
    expect(await add({ kind: 'dingtalk', url: WECOM_URL, appid: null })).toMatchObject({ ok: false, problem: { code: 'notify.robot-url-invalid' } });
    expect(((await app.serve('notify:config', undefined)) as NotifyConfig).robots).toEqual([]);
  });

  it('never lets a webhook URL, its token or a secret out: renderer values, the store file, the log, the diagnostics zip', async () => {
    const ding = await added({ kind: 'dingtalk', url: DING_URL, secret: DING_SECRET, appid: null });
    const feishu = await added({ kind: 'feishu', url: FEISHU_URL, secret: 'wrong-secret-on-purpose', appid: null });
    await added({ kind: 'wecom', url: WECOM_URL, appid: null });
    await test(ding.id);
    await test(feishu.id);
    const config = await app.serve('notify:config', undefined);
    const saved = await app.serve('diagnostics:export', undefined);
    expect(saved).toMatchObject({ saved: true });
    const zip = unzipSync(fs.readFileSync((saved as { file: string }).file));
    const zipText = Object.values(zip).map((bytes) => strFromU8(bytes)).join('\n');
    const logText = fs.readdirSync(path.join(dir, 'logs')).map((file) => fs.readFileSync(path.join(dir, 'logs', file), 'utf8')).join('\n');
    expect(logText).toContain('notify robot'); // the test results were logged, so the log was looked at
    const secrets = [DING_URL, 'd1n9t0k3nd1n9t0k3n0000111122223333', DING_SECRET, FEISHU_URL, '0f5c2a9e-1b2c-4d5e-8f90-abcdef123456', 'wrong-secret-on-purpose', '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa'];
    const places = { config: JSON.stringify(config), store: JSON.stringify(notifyStore.get('robots')), log: logText, zip: zipText };
    for (const [place, text] of Object.entries(places)) {
      for (const secret of secrets) expect(text.includes(secret), `${place} holds ${secret}`).toBe(false);
    }
  });
});
