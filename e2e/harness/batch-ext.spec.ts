import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { prepareBatchProjects } from '../support/batch-prepare';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';

// 批量发布 of a 第三方平台 template in the harness: the ext-template fixture (its development appid's key
// imported), ticked once, 「按商家 AppID 分发」 with three merchant AppIDs, one of which the platform is not
// authorised for. Three rows, one per merchant, taking turns; two succeed, the third shows the
// ci.ext-appid-not-auth card with what to check; WeChat saw each merchant's extAppId once.
const DEV_APPID = 'wx5e1f000000000001';
const [SHOP_A, SHOP_B, NOT_AUTHORISED] = ['wxa000000000000001', 'wxa000000000000002', 'wxa0000000000000ff'];

let fake: FakeWechat;
let harness: HarnessProcess;
let workDir: string;
let template: string;
let key: TestKey;

test.beforeEach(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-batch-ext-spec-'));
  template = path.join(workDir, 'template');
  fs.cpSync(path.resolve('e2e/fixtures/projects/ext-template'), template, { recursive: true });
  key = writeTestKey(DEV_APPID);
  fake = await startFakeWechat({ apps: { [DEV_APPID]: key.publicKey }, platforms: { [DEV_APPID]: [SHOP_A, SHOP_B] } });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

test('one template for three merchants: the one not authorised shows its card, the other two succeed', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(harness.url);
  await prepareBatchProjects(page, { proxy: fake.proxyUrl, projects: [template], keys: [key], appids: [DEV_APPID] });

  await page.getByTestId('open-batch').click();
  const batch = page.getByTestId('batch-page');
  const pick = batch.locator(`[data-testid="batch-pick"][data-appid="${DEV_APPID}"]`);
  await pick.getByTestId('batch-pick-box').check();
  await batch.getByTestId('batch-version').fill('3.0.0');
  await pick.getByTestId('batch-ext').locator('summary').click();
  const appids = pick.getByTestId('batch-ext-appids');

  // A line that is no AppID is named, and nothing can start until it is fixed.
  await appids.fill(`${SHOP_A}\n商家二`);
  await expect(pick.getByTestId('batch-ext-invalid')).toContainText('商家二');
  await expect(batch.getByTestId('batch-start')).toBeDisabled();
  await appids.fill(`${SHOP_A}\n${SHOP_B}\n${NOT_AUTHORISED}\n`);
  await expect(pick.getByTestId('batch-ext-invalid')).toHaveCount(0);
  await expect(pick.getByTestId('batch-ext-count')).toHaveText('将为 3 个商家分别上传。');
  await expectAccessible(page, 'batch picker with merchant AppIDs');
  await page.screenshot({ path: path.resolve('test-output/screenshots', '97-batch-ext-picker.png'), fullPage: true });
  await batch.getByTestId('batch-start').click();

  const row = (extAppid: string) => batch.locator(`[data-testid="batch-row"][data-ext-appid="${extAppid}"]`);
  await expect(batch.getByTestId('batch-row')).toHaveCount(3);
  await expect(row(SHOP_A)).toContainText(`商家 ${SHOP_A}`);
  await expect(batch.getByTestId('batch-summary')).toBeVisible({ timeout: 180_000 });
  await expect(batch.getByTestId('batch-summary')).toHaveAttribute('data-ok', '2');
  await expect(row(SHOP_A)).toHaveAttribute('data-state', 'ok');
  await expect(row(SHOP_B)).toHaveAttribute('data-state', 'ok');
  const failed = row(NOT_AUTHORISED);
  await expect(failed).toHaveAttribute('data-state', 'failed');
  await expect(failed).toHaveAttribute('data-appid', DEV_APPID);
  const card = failed.locator('[data-code="ci.ext-appid-not-auth"]');
  await expect(card).toContainText('没有授权给这个第三方平台');
  await expect(card).toContainText('核对商家 AppID');
  await expectAccessible(page, 'batch rows of a template');

  // WeChat saw one upload per merchant, all with the development appid's key, each compiled with its extAppid.
  expect(fake.uploads.map((u) => [u.appid, u.extAppId, u.signatureVerified, u.version, (u.extConfig?.extAppid as string | undefined) ?? null]).sort()).toEqual([
    [DEV_APPID, SHOP_A, true, '3.0.0', SHOP_A],
    [DEV_APPID, SHOP_B, true, '3.0.0', SHOP_B],
    [DEV_APPID, NOT_AUTHORISED, true, '3.0.0', NOT_AUTHORISED],
  ]);
  // The history names the merchant of each upload.
  const history = await page.evaluate((projectRoot) => window.api.history.list({ projectRoot }), template);
  expect(history.map((r) => [r.extAppid, r.outcome.ok]).sort()).toEqual([
    [SHOP_A, true],
    [SHOP_B, true],
    [NOT_AUTHORISED, false],
  ]);
  await page.screenshot({ path: path.resolve('test-output/screenshots', '97-batch-ext.png'), fullPage: true });
});
