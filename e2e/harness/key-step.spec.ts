import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { uploadFromPage } from '../support/release-in-page';
import { writeTestKey, type TestKey } from '../support/test-key';
import { openProjectAtKeyStep } from '../support/wizard-steps';

const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const shopRoot = path.join(shop, 'frontend');
const shot = (name: string) => path.resolve('test-output/screenshots', `${name}.png`);

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey } });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
});

const openShopAndGoToKeys = (page: Page) => openProjectAtKeyStep(page, harness.url, fake.proxyUrl, shop);

test('import once, restart, and upload without being asked again', async ({ page }) => {
  await openShopAndGoToKeys(page);
  await page.screenshot({ path: shot('10-key-empty'), fullPage: true });
  await dropFolder(page, key.file, 'key-dropzone');
  await expect(page.getByTestId('key-saved')).toContainText('密钥已保存');
  await expect(page.getByTestId('current-key')).toContainText(APPID);
  await expect(page.getByTestId('key-fingerprint')).toHaveText(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
  await expect(page.getByTestId('key-last-used')).toHaveText('还未使用');
  await page.screenshot({ path: shot('11-key-saved'), fullPage: true });

  await harness.stop();
  harness = await startHarnessProcess({ dataDir: harness.dataDir, env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
  await page.goto(harness.url);
  const outcome = await uploadFromPage(page, shopRoot);
  expect(outcome).toMatchObject({ ok: true, kind: 'upload' });
  expect(fake.uploads.at(-1)).toMatchObject({ appid: APPID, signatureVerified: true, version: '1.0.0' });

  // Reopened after the restart, the project resumes where the operator left it: the key step.
  await dropFolder(page, shop);
  await expect(page.getByTestId('step-key')).toBeVisible();
  await expect(page.getByTestId('nav-project')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('key-last-used')).not.toHaveText('还未使用');
});

test('an upload without a key is refused with the way to import one', async ({ page }) => {
  await page.goto(harness.url);
  const outcome = await uploadFromPage(page, shopRoot);
  expect(outcome).toMatchObject({ ok: false, problem: { code: 'key.missing', params: { appid: APPID } } });
  expect(fake.uploads).toHaveLength(0);
});

test('wrong files get their own message; replace and delete work', async ({ page }) => {
  await openShopAndGoToKeys(page);
  const dir = path.resolve('test-output/keys/wrong');
  fs.mkdirSync(dir, { recursive: true });
  const cases: Array<[string, string, string]> = [
    ['appsecret.txt', '0123456789abcdef0123456789abcdef', 'AppSecret'],
    ['public.pem', key.publicKey, '这是公钥'],
    ['empty.key', '', '密钥文件是空的'],
    ['cut.key', key.privateKey.slice(0, 700), '不完整或已损坏'],
  ];
  for (const [name, content, message] of cases) {
    fs.writeFileSync(path.join(dir, name), content);
    await dropFolder(page, path.join(dir, name), 'key-dropzone');
    await expect(page.getByTestId('problem-card').first()).toContainText(message);
  }
  await page.screenshot({ path: shot('12-key-wrong-file'), fullPage: true });

  await dropFolder(page, key.file, 'key-dropzone');
  await expect(page.getByTestId('current-key')).toBeVisible();
  const first = await page.getByTestId('key-fingerprint').textContent();
  const other = writeTestKey(APPID, path.resolve('test-output/keys/other'));
  await page.getByTestId('replace-key').click();
  await dropFolder(page, other.file, 'key-dropzone');
  await expect(page.getByTestId('key-fingerprint')).not.toHaveText(first ?? '');
  await page.getByTestId('remove-key').click();
  await expect(page.getByTestId('remove-key-ask')).toContainText(`要再上传就得重新导入密钥文件（private.${APPID}.key）`);
  await expect(page.getByTestId('current-key')).toBeVisible();
  await page.getByTestId('remove-key-confirm').click();
  await expect(page.getByTestId('saved-keys')).toContainText('还没有保存任何密钥');
});

test('a key file named for another appid is refused until the operator confirms, naming both', async ({ page }) => {
  await openShopAndGoToKeys(page);
  const other = writeTestKey('wx1111111111111111', path.resolve('test-output/keys/named-for-another'));
  await dropFolder(page, other.file, 'key-dropzone');
  const card = page.locator('[data-code="key.appid-mismatch"]');
  await expect(card).toContainText(`文件名说这是 wx1111111111111111 的密钥，但当前项目是 ${APPID}`);
  await expect(page.getByTestId('current-key')).toHaveCount(0);
  await page.screenshot({ path: shot('13-key-other-appid'), fullPage: true });
  await page.getByTestId('confirm-appid').click();
  await expect(page.getByTestId('key-saved')).toBeVisible();
  await expect(page.getByTestId('current-key')).toContainText(APPID);
});
