import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { writeTestKey, type TestKey } from '../support/test-key';
import { dropRealFile } from './drop-real-file';
import { launchApp, skipWithoutElectron, type LaunchedApp } from './launch-app';

// The release an operator makes, in the real app against the fake WeChat: the project and the key
// dropped (paths through the preload), the whitelist checked, the version, the pre-upload check, the
// upload in a utilityProcess job, and the history after a reload. The harness twin of this walk is
// e2e/harness/wizard-walk.spec.ts; this one proves the Electron-only parts: preload, IPC, the
// keychain vault, utilityProcess jobs, electron-store.
const APPID = 'wx0123456789abcdef';
const projectFile = path.resolve('e2e/fixtures/projects/nested-shop/frontend/project.config.json');
const NOTES = '修复购物车结算；新增订单详情页';

skipWithoutElectron();

let fake: FakeWechat;
let key: TestKey;
let launched: LaunchedApp;

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey }, clientIp: '203.0.113.7' });
  // The fake's certificate reaches the job process: the environment passes through the job
  // runner (proxies removed), and the nodeOptions fuse is only turned off in packaged builds.
  launched = await launchApp({ NODE_EXTRA_CA_CERTS: fake.caCertPath });
});
test.afterEach(async () => {
  await launched.close();
  await fake.close();
});

/** Where safeStorage has a real keychain the key is saved; on Linux without one (basic_text) the app offers this session only. */
async function acceptKey(page: Page): Promise<void> {
  const forSession = page.getByTestId('use-for-session');
  await expect(page.getByTestId('current-key').or(forSession)).toBeVisible();
  if (await forSession.isVisible()) await forSession.click();
  await expect(page.getByTestId('current-key')).toContainText(APPID);
}

test('drops the project and the key, uploads to the fake WeChat and finds the upload in the history', async () => {
  test.setTimeout(240_000);
  const { page } = launched;
  const shot = (step: string) => page.screenshot({ path: path.resolve('test-output/screenshots', `electron-walk-${step}.png`) });
  await page.evaluate(
    (settings) => window.api.settings.update(settings),
    { proxy: fake.proxyUrl, ipEchoServices: [fake.echoUrl()], operatorName: '小王' },
  );

  // 1 · 项目
  await dropRealFile(page, projectFile, 'dropzone');
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('summary-appid')).toHaveText(APPID);
  await shot('1-project');
  await page.getByTestId('next-key').click();

  // 2 · 密钥: read by the main process from the dropped file's path.
  await expect(page.getByTestId('step-key')).toBeVisible();
  await dropRealFile(page, key.file, 'key-dropzone');
  await acceptKey(page);
  await shot('2-key');
  await page.getByTestId('next-whitelist').click();

  // 3 · 白名单: the echo service and WeChat are reached through the proxy setting, from a job process.
  await expect(page.getByTestId('public-ip')).toHaveText('203.0.113.7');
  await page.getByTestId('check-connection').click();
  await expect(page.getByTestId('check-ok')).toBeVisible();
  await page.getByTestId('next-version').click();

  // 4 · 版本与说明
  await expect(page.getByTestId('version-input')).toHaveValue('1.0.0');
  await page.getByTestId('notes-input').fill(NOTES);
  await page.getByTestId('next-precheck').click();

  // 5 · 上传前检查
  await expect(page.getByTestId('precheck-verdict')).toHaveAttribute('data-ok', 'true', { timeout: 120_000 });
  await page.getByTestId('next-upload').click();

  // 6 · 上传: WeChat received what was typed, signed with the imported key.
  await page.getByTestId('upload-start').click();
  await expect(page.getByTestId('upload-result')).toBeVisible({ timeout: 120_000 });
  expect(fake.uploads.at(-1)).toMatchObject({ kind: 'upload', appid: APPID, version: '1.0.0', desc: NOTES, signatureVerified: true });
  await shot('3-upload');

  // The history, after a reload: kept by the main process, not by the page.
  await page.reload();
  await page.getByTestId('recent-projects').getByRole('button', { name: new RegExp(APPID) }).click();
  await page.getByTestId('open-history').click();
  const row = page.getByTestId('history-drawer').getByTestId('history-row').filter({ hasText: '1.0.0' });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-ok', 'true');
  for (const part of ['1.0.0', NOTES, '小王', '成功']) await expect(row).toContainText(part);
  await shot('4-history');
});
