import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeWebhook, type FakeWebhook } from '../fake-webhook/fake-webhook-server';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { harnessToken } from '../support/admin-links';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';
import { uploadThroughWizard } from '../support/wizard-steps';

// 通知 in the harness: a DingTalk robot (加签) added in the settings panel and tested against the fake
// webhook server; a Feishu robot with a wrong secret shows the fake's refusal on an ErrorCard; then one
// upload through the wizard sends one message carrying the version, the notes and the operator, and a
// desktop notification (recorded by the harness).
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const DING_TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const DING_SECRET = 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd';
const FEISHU_TOKEN = '7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6';
const NOTES = '修复下单页的价格显示';
const OPERATOR = '运营小李';

let fake: FakeWechat;
let webhook: FakeWebhook;
let key: TestKey;
let harness: HarnessProcess;

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey } });
  webhook = await startFakeWebhook();
  webhook.registerRobot('dingtalk', DING_TOKEN, DING_SECRET);
  webhook.registerRobot('feishu', FEISHU_TOKEN, 'the-right-secret');
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath, MP_HARNESS_ROBOT_BASE_URL: webhook.baseUrl } });
});
test.afterEach(async () => {
  await harness.stop();
  await webhook.close();
  await fake.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.resolve('test-output/screenshots', `90-notify-${name}.png`), fullPage: true });

async function addRobot(page: Page, kind: string, url: string, secret: string) {
  const form = page.getByTestId('robot-form');
  await form.getByTestId('robot-kind').selectOption(kind);
  await form.getByTestId('robot-url-input').fill(url);
  await form.getByTestId('robot-secret-input').fill(secret);
  await form.getByTestId('robot-save').click();
  await expect(form.getByTestId('robot-url-input')).toHaveValue('');
}

test('a robot added and tested in the settings, then one message after an upload', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(harness.url);
  await page.evaluate((operatorName) => window.api.settings.update({ operatorName }), OPERATOR);
  await page.getByTestId('open-settings').click();
  const panel = page.getByTestId('notify-settings');
  await expect(panel).toBeVisible();

  await addRobot(page, 'dingtalk', `https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`, DING_SECRET);
  const ding = panel.locator('[data-testid="robot-row"][data-kind="dingtalk"]');
  await expect(ding.getByTestId('robot-url')).toHaveText('https://oapi.dingtalk.com/robot/send?access_token=a1b2…f90');
  await ding.getByTestId('robot-test').click();
  await expect(ding.getByTestId('robot-test-ok')).toBeVisible();
  expect(webhook.received).toHaveLength(1);
  expect(webhook.received[0]).toMatchObject({ platform: 'dingtalk', token: DING_TOKEN, body: { msgtype: 'markdown' } });
  await shot(page, '1-robot-tested');

  await addRobot(page, 'feishu', `https://open.feishu.cn/open-apis/bot/v2/hook/${FEISHU_TOKEN}`, 'a-wrong-secret');
  const feishu = panel.locator('[data-testid="robot-row"][data-kind="feishu"]');
  await feishu.getByTestId('robot-test').click();
  await expect(feishu.getByTestId('problem-card')).toHaveAttribute('data-code', 'notify.robot-sign-refused');
  expect(webhook.refusals.at(-1)).toContain('19021');
  await shot(page, '2-wrong-secret');
  await feishu.getByTestId('robot-remove').click();
  await expect(panel.getByTestId('robot-row')).toHaveCount(1);
  // Nothing the page holds names the token or the secret.
  const pageText = await page.content();
  expect(pageText).not.toContain(DING_TOKEN);
  expect(pageText).not.toContain(DING_SECRET);
  await page.getByTestId('open-settings').click();

  await uploadThroughWizard(page, { harnessUrl: harness.url, fake, project: shop, keyFile: key.file, appid: APPID, notes: NOTES });
  await expect.poll(() => webhook.received.length, { timeout: 30_000 }).toBe(2);
  const text = JSON.stringify(webhook.received[1]!.body);
  expect(text).toContain('上传成功');
  expect(text).toContain('版本：1.0.0');
  expect(text).toContain(`说明：${NOTES}`);
  expect(text).toContain(`操作人：${OPERATOR}`);
  const notes = (await (await fetch(`${harness.url}__harness/desktop-notes?token=${await harnessToken(page)}`)).json()) as Array<{ title: string; body: string }>;
  expect(notes.filter((note) => note.title.includes('上传成功'))).toHaveLength(1);
  expect(notes[0]!.body).toContain('版本：1.0.0');
});
