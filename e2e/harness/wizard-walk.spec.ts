import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { trialLink } from '../../shared/trial-link';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { decodeQrDataUrl } from '../support/decode-qr';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';

// The walk a new operator takes, in the browser harness against the fake WeChat: from dropping the
// folder to the 体验版 QR, every step's content checked, one screenshot per step, and the history
// row complete after a reload. Once in Chinese, once in English.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const NOTES = '修复购物车结算；新增订单详情页';

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey }, clientIp: '203.0.113.7' });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
});

/** The largest fraction the upload's progress events reached, recorded in the page as they arrive. */
async function recordUploadProgress(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const seen = window as unknown as { uploadFraction: number };
    seen.uploadFraction = 0;
    window.api.on('job:progress', (progress) => {
      if (progress.kind === 'upload') seen.uploadFraction = Math.max(seen.uploadFraction, progress.fraction);
    });
  });
  return () => page.evaluate(() => (window as unknown as { uploadFraction: number }).uploadFraction);
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the whole walk, from the folder to the 体验版 QR, in ${lang}`, async ({ page }) => {
    test.setTimeout(240_000);
    const zh = lang === 'zh-CN';
    const shot = (step: string) => page.screenshot({ path: path.resolve('test-output/screenshots', `50-walk-${lang}-${step}.png`), fullPage: true });
    await page.goto(harness.url);
    if (!zh) await page.getByTestId('toggle-language').click();
    await page.evaluate((settings) => window.api.settings.update(settings), { proxy: fake.proxyUrl, ipEchoServices: [fake.echoUrl()] });

    // Settings: the operator's name goes into the history.
    await page.getByTestId('open-settings').click();
    await page.getByTestId('operator-name').fill('小王');
    await page.getByTestId('release-settings-save').click();
    await expect(page.getByTestId('release-settings-saved')).toBeVisible();
    await page.getByTestId('open-settings').click();

    // 1 · 项目
    await dropFolder(page, shop);
    await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'true');
    await expect(page.getByTestId('summary-appid')).toHaveText(APPID);
    await shot('1-project');
    await page.getByTestId('next-key').click();

    // 2 · 密钥
    await expect(page.getByTestId('step-key')).toBeVisible();
    await dropFolder(page, key.file, 'key-dropzone');
    await expect(page.getByTestId('current-key')).toContainText(APPID);
    await shot('2-key');
    await page.getByTestId('next-whitelist').click();

    // 3 · 白名单
    await expect(page.getByTestId('step-whitelist')).toBeVisible();
    await expect(page.getByTestId('public-ip')).toHaveText('203.0.113.7');
    await page.getByTestId('check-connection').click();
    await expect(page.getByTestId('check-ok')).toBeVisible();
    await shot('3-whitelist');
    await page.getByTestId('next-version').click();

    // 4 · 版本与说明: no history yet, so 1.0.0 is suggested.
    await expect(page.getByTestId('step-version')).toBeVisible();
    await expect(page.getByTestId('version-input')).toHaveValue('1.0.0');
    await page.getByTestId('notes-input').fill(NOTES);
    await expect(page.getByTestId('notes-counter')).toContainText(String([...NOTES].length));
    await shot('4-version');
    await page.getByTestId('next-precheck').click();

    // 5 · 上传前检查: runs by itself and passes.
    await expect(page.getByTestId('step-precheck')).toBeVisible();
    await expect(page.getByTestId('precheck-verdict')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
    await expect(page.getByTestId('precheck-sizes')).toBeVisible();
    await shot('5-precheck');
    await page.getByTestId('next-upload').click();

    // 6 · 上传: the progress reaches 100 %, and WeChat received exactly what was typed.
    await expect(page.getByTestId('step-upload')).toBeVisible();
    await expect(page.getByTestId('upload-inputs')).toContainText(NOTES);
    const uploadFraction = await recordUploadProgress(page);
    await page.getByTestId('upload-start').click();
    await expect(page.getByTestId('upload-result')).toBeVisible({ timeout: 90_000 });
    expect(await uploadFraction()).toBe(1);
    const received = fake.uploads.at(-1)!;
    expect(received).toMatchObject({ kind: 'upload', appid: APPID, version: '1.0.0', desc: NOTES, robot: '1', signatureVerified: true });
    await expect(page.getByTestId('upload-size')).toHaveCount(received.subpackageInfo.length);
    await shot('6-upload');
    await page.getByTestId('next-preview').click();

    // 7 · 预览 / 体验版: the robot recorded as the 体验版's, both QRs decoded as a phone would.
    await expect(page.getByTestId('step-preview')).toBeVisible();
    await page.getByTestId('trial-robot-select').selectOption('1');
    await page.getByTestId('trial-robot-save').click();
    await expect(page.getByTestId('trial-recorded')).toHaveAttribute('data-robot', '1');
    await page.getByTestId('make-preview').click();
    await expect(page.getByTestId('preview-qr')).toBeVisible({ timeout: 90_000 });
    const previewed = fake.uploads.at(-1)!;
    expect(previewed.kind).toBe('preview');
    expect(decodeQrDataUrl((await page.getByTestId('preview-qr').getAttribute('src'))!)).toBe(previewed.qrContent);
    expect(decodeQrDataUrl((await page.getByTestId('trial-qr').getAttribute('src'))!)).toBe(trialLink(APPID));
    await shot('7-preview');
    await page.getByTestId('next-submit').click();
    await expect(page.getByTestId('step-submit')).toBeVisible();
    for (const step of ['project', 'key', 'whitelist', 'version', 'precheck', 'upload', 'preview']) {
      await expect(page.getByTestId(`nav-${step}`)).toHaveAttribute('data-done', 'true');
    }

    // After a reload: the project reopens where the walk ended, and the history row of the upload is complete.
    await page.reload();
    await page.getByTestId('recent-projects').getByRole('button', { name: new RegExp(APPID) }).click();
    await expect(page.getByTestId('step-submit')).toBeVisible();
    await page.getByTestId('open-history').click();
    const row = page.getByTestId('history-drawer').getByTestId('history-row').filter({ hasText: '1.0.0' });
    await expect(row).toHaveCount(1);
    for (const part of ['1.0.0', NOTES, '小王']) await expect(row).toContainText(part);
    await expect(row).toContainText(zh ? '成功' : 'Succeeded');
    await shot('8-history');
  });
}
