import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BATCH_APPIDS, makeBatchProjects } from '../support/batch-projects';
import { prepareBatchProjects } from '../support/batch-prepare';
import { startFakeWebhook, type FakeWebhook } from '../fake-webhook/fake-webhook-server';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';

// 批量发布 in the harness: three copies of nested-shop (three appids, a key imported for each), an
// app-wide DingTalk robot on the fake webhook server, the fake WeChat refusing the second appid's IP.
// Two rows succeed, the third shows the invalid-ip card with its fix; with the whitelist fixed,
// 「重试失败的项目」 uploads it; the summary says 3 of 3. The robot gets one message per upload that
// started: the two successes, the failure, and the retry's success: 4.
const [, REFUSED] = BATCH_APPIDS;
const DING_TOKEN = 'b1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

let fake: FakeWechat;
let webhook: FakeWebhook;
let harness: HarnessProcess;
let projects: string[];
let workDir: string;
let keys: TestKey[];

test.beforeEach(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-batch-spec-'));
  projects = makeBatchProjects(workDir);
  keys = BATCH_APPIDS.map((appid) => writeTestKey(appid));
  fake = await startFakeWechat({ apps: Object.fromEntries(BATCH_APPIDS.map((appid, i) => [appid, keys[i]!.publicKey])) });
  webhook = await startFakeWebhook();
  webhook.registerRobot('dingtalk', DING_TOKEN);
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath, MP_HARNESS_ROBOT_BASE_URL: webhook.baseUrl } });
});
test.afterEach(async () => {
  await harness.stop();
  await webhook.close();
  await fake.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

test('three projects: one refused by the IP whitelist shows the fix, the retry succeeds, the summary says 3 of 3', async ({ page }) => {
  test.setTimeout(240_000);
  fake.setAppMode(REFUSED, 'invalid-ip');
  await page.goto(harness.url);
  await prepareBatchProjects(page, { proxy: fake.proxyUrl, projects, keys, appids: BATCH_APPIDS, robotUrl: `https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}` });

  await page.getByTestId('open-batch').click();
  const batch = page.getByTestId('batch-page');
  await expect(batch.getByTestId('batch-pick')).toHaveCount(3);
  for (const appid of BATCH_APPIDS) await batch.locator(`[data-testid="batch-pick"][data-appid="${appid}"]`).getByTestId('batch-pick-box').check();
  await batch.getByTestId('batch-version').fill('2.0.0');
  await batch.getByTestId('batch-desc').fill('三家店一起发布');
  await batch.locator(`[data-testid="batch-pick"][data-appid="${BATCH_APPIDS[2]}"]`).getByTestId('batch-row-version').fill('2.0.1');
  await batch.getByTestId('batch-start').click();

  const row = (appid: string) => batch.locator(`[data-testid="batch-row"][data-appid="${appid}"]`);
  await expect(batch.getByTestId('batch-summary')).toBeVisible({ timeout: 180_000 });
  await expect(batch.getByTestId('batch-summary')).toHaveAttribute('data-ok', '2');
  await expect(row(BATCH_APPIDS[0])).toHaveAttribute('data-state', 'ok');
  await expect(row(BATCH_APPIDS[2])).toHaveAttribute('data-state', 'ok');
  const failed = row(REFUSED);
  await expect(failed).toHaveAttribute('data-state', 'failed');
  const card = failed.locator('[data-code="ci.invalid-ip"]');
  await expect(card).toContainText('203.0.113.7');
  await expect(card).toContainText('IP 白名单');
  await expect(batch.getByTestId('batch-summary')).toHaveText('完成：3 个项目中 2 个成功，1 个失败。');

  // The fake records a package it then refuses (mode invalid-ip): only those it accepted count.
  const uploads = () => fake.uploads.filter((u) => u.signatureVerified && u.mode === 'ok').map((u) => [u.appid, u.version, u.desc]);
  expect(uploads().sort()).toEqual([
    [BATCH_APPIDS[0], '2.0.0', '三家店一起发布'],
    [BATCH_APPIDS[2], '2.0.1', '三家店一起发布'],
  ]);

  await page.screenshot({ path: path.resolve('test-output/screenshots', '96-batch-failed-row.png'), fullPage: true });

  fake.setAppMode(REFUSED, null);
  await batch.getByTestId('batch-retry').click();
  await expect(batch.getByTestId('batch-summary')).toHaveAttribute('data-ok', '3', { timeout: 120_000 });
  await expect(failed).toHaveAttribute('data-state', 'ok');
  await expect(failed.getByTestId('problem-card')).toHaveCount(0);
  await expect(batch.getByTestId('batch-summary')).toHaveText('完成：3 个项目中 3 个成功，0 个失败。');
  await expect(batch.getByTestId('batch-retry')).toHaveCount(0);
  expect(fake.uploads.filter((u) => u.appid === REFUSED && u.signatureVerified && u.mode === 'ok').map((u) => u.version)).toEqual(['2.0.0']);

  // One robot message per upload that ran: 2 successes, the failure, the retry's success.
  await expect.poll(() => webhook.received.length, { timeout: 30_000 }).toBe(4);
  const bodies = webhook.received.map((message) => JSON.stringify(message.body));
  for (const appid of BATCH_APPIDS) expect(bodies.filter((body) => body.includes(appid) && body.includes('上传成功')), appid).toHaveLength(1);
  expect(bodies.filter((body) => body.includes(REFUSED) && body.includes('203.0.113.7'))).toHaveLength(1);
  // History, per row: the refused project has its failure and the retry's success.
  const history = await page.evaluate(
    (roots) => Promise.all(roots.map((projectRoot) => window.api.history.list({ projectRoot }))),
    projects,
  );
  expect(history.map((records) => records.map((r) => (r.outcome.ok ? `ok ${r.version}` : r.outcome.code)))).toEqual([
    ['ok 2.0.0'],
    ['ci.invalid-ip', 'ok 2.0.0'],
    ['ok 2.0.1'],
  ]);
  await page.screenshot({ path: path.resolve('test-output/screenshots', '96-batch.png'), fullPage: true });
});
