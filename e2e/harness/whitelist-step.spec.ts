import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';
import { adminWindowLanded, openedUrls } from '../support/admin-links';

// domains-shop: its README lists exactly what the scan must find (checked by the unit tests too).
const APPID = 'wx1111111111111111';
const project = path.resolve('e2e/fixtures/projects/domains-shop');
// real-patterns: hosts called, images and hosts only mentioned (its README is the ground truth).
const realPatterns = path.resolve('e2e/fixtures/projects/real-patterns');
const shot = (name: string) => path.resolve('test-output/screenshots', `${name}.png`);

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;

const urlsOpened = (page: Page) => openedUrls(page, harness.url);

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


async function reachWhitelistStep(page: Page, withKey: boolean, options: { folder?: string; ipEchoServices?: string[] } = {}) {
  const { folder = project, ipEchoServices = [fake.echoUrl()] } = options;
  await page.goto(harness.url);
  await page.evaluate((settings) => window.api.settings.update(settings), { proxy: fake.proxyUrl, ipEchoServices });
  await dropFolder(page, folder);
  await page.getByTestId('next-key').click();
  if (withKey) await dropFolder(page, key.file, 'key-dropzone');
  await page.getByTestId('nav-whitelist').click();
  await expect(page.getByTestId('step-whitelist')).toBeVisible();
}

test('domains listed per type, copy, tick-offs remembered after a reload', async ({ page }) => {
  await reachWhitelistStep(page, true);
  await expect(page.getByTestId('copy-list-request')).toHaveText('https://api.shopdemo.cn;https://pay.shopdemo.cn:8443');
  await expect(page.getByTestId('copy-list-socket')).toHaveText('wss://ws.shopdemo.cn');
  await expect(page.getByTestId('copy-list-uploadFile')).toHaveText('https://upload.shopdemo.cn');
  await expect(page.getByTestId('copy-list-downloadFile')).toHaveText('https://files.shopdemo.cn');
  await expect(page.getByTestId('copy-list-webview')).toHaveText('https://h5.shopdemo.cn');
  // The <image> banner is listed apart, with a line for when images fail to load; nothing is only mentioned.
  await expect(page.getByTestId('copy-list-images')).toHaveText('https://img.shopdemo.cn');
  await expect(page.getByTestId('domains-images')).toContainText('各方说法不一');
  await expect(page.getByTestId('domains-mentioned')).toHaveCount(0);
  const codes = await page.locator('[data-testid=problem-card]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));
  expect(codes.sort()).toEqual(['domain.api-weixin', 'domain.http-not-allowed', 'domain.ip-address', 'domain.port']);
  await expect(page.locator('[data-code="domain.ip-address"]')).toContainText('utils/config.js:8');

  await page.getByTestId('copy-request').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://api.shopdemo.cn;https://pay.shopdemo.cn:8443');

  const requestCard = page.getByTestId('domains-request');
  await requestCard.locator('[data-origin="https://api.shopdemo.cn"] input').check();
  await expect(requestCard).toContainText('已配置 1 / 2');
  await page.screenshot({ path: shot('20-whitelist-domains'), fullPage: true });

  await page.reload();
  await page.getByTestId('recent-projects').getByRole('button', { name: /wx1111111111111111/ }).click();
  await page.getByTestId('nav-whitelist').click();
  await expect(page.getByTestId('domains-request').locator('[data-origin="https://api.shopdemo.cn"] input')).toBeChecked();
  await expect(page.getByTestId('domains-request').locator('[data-origin="https://pay.shopdemo.cn:8443"] input')).not.toBeChecked();
});

test('the IP panel comes before the domain lists, and shows every exit with one entry for a shared range', async ({ page }) => {
  await reachWhitelistStep(page, false, { ipEchoServices: [fake.echoUrl('198.51.100.23'), fake.echoUrl('198.51.100.41')] });
  const order = await page.evaluate(() => {
    const panel = document.querySelector('[data-testid=ip-whitelist]');
    const domains = document.querySelector('[data-testid=domains-request]');
    return panel && domains ? panel.compareDocumentPosition(domains) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
  await expect(page.getByTestId('public-ip')).toHaveText(['198.51.100.23', '198.51.100.41']);
  await expect(page.getByTestId('ip-shared-entry')).toContainText('198.51.100.*');
  await page.getByTestId('copy-ip-entry').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('198.51.100.*');
  await page.getByTestId('ip-whitelist').screenshot({ path: shot('23-whitelist-ip-exits') });
});

test('hosts only mentioned are folded away, in no copy list, and images have their own card', async ({ page }) => {
  await reachWhitelistStep(page, false, { folder: realPatterns });
  await expect(page.getByTestId('copy-list-uploadFile')).toHaveText('https://log.multi-sdk.cn;https://upload.realshop.cn');
  const mentioned = page.getByTestId('domains-mentioned');
  await expect(mentioned.locator(':scope > summary')).toHaveText('代码里提到、但没有证明会访问的域名（8 个）');
  await expect(mentioned.getByTestId('mentioned-host').first()).toBeHidden();
  for (const list of await page.locator('[data-testid^=copy-list-]').allTextContents()) {
    expect(list).not.toMatch(/tt-h5|alipay|docs\.multi-sdk|stat\.vendor-min|help\.realshop|share\.realshop|www\.realshop|localhost/);
  }
  const problems = await page.locator('[data-testid=problem-card]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));
  expect(problems).toEqual(['domain.http-not-allowed']);

  await mentioned.locator(':scope > summary').click();
  const sdkHost = mentioned.locator('[data-origin="https://tt-h5.multi-sdk.cn"]');
  await expect(sdkHost).toBeVisible();
  await sdkHost.locator('summary').click();
  await expect(sdkHost).toContainText('miniprogram/sdk/multi-sdk.js:3');

  const images = page.getByTestId('domains-images');
  await expect(page.getByTestId('copy-list-images')).toHaveText('https://cdn.realshop.cn;https://cdn2.realshop.cn;https://img.realshop.cn');
  await page.getByTestId('copy-images').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://cdn.realshop.cn;https://cdn2.realshop.cn;https://img.realshop.cn');
  // Ticking an image host records it under the downloadFile list, where the operator adds it.
  await images.locator('[data-origin="https://img.realshop.cn"] input').check();
  await expect(images.locator('[data-origin="https://img.realshop.cn"] input')).toBeChecked();
  await expect(page.getByTestId('domains-downloadFile')).toContainText('已配置 0 / 1');
  await images.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('22-whitelist-images-and-mentioned'), fullPage: true });
});

test('the IP step shows the public IP and the connection check proves the whitelist, or names the IP', async ({ page }) => {
  await reachWhitelistStep(page, true);
  await expect(page.getByTestId('public-ip')).toHaveText('203.0.113.7');
  await page.getByTestId('check-connection').click();
  await expect(page.getByTestId('check-ok')).toBeVisible();

  fake.setMode('invalid-ip');
  await page.getByTestId('check-connection').click();
  const card = page.locator('[data-code="ci.invalid-ip"]');
  await expect(card).toContainText('203.0.113.7');
  await expect(card).toContainText('白名单');
  // WeChat's answer names the address it saw: that one is shown, ready to copy.
  await expect(page.getByTestId('wechat-ip')).toContainText('203.0.113.7');
  await page.getByTestId('copy-ip').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('203.0.113.7');
  await page.getByTestId('ip-whitelist').screenshot({ path: shot('21-whitelist-ip-refused') });

  // The refusal was about this proxy: with another one, the old card goes.
  await page.getByTestId('open-settings').click();
  await page.getByTestId('proxy-input').fill('http://127.0.0.1:9');
  await page.getByTestId('proxy-save').click();
  await expect(page.getByTestId('proxy-saved')).toBeVisible();
  await expect(card).toHaveCount(0);
});

test('deep links go through the login page, then straight to the page with the session token', async ({ page }) => {
  await reachWhitelistStep(page, false);
  await page.getByTestId('open-devSettings').click();
  await expect.poll(() => urlsOpened(page)).toEqual([
    'https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Fdevprofile%2Fget_profile%3Flang%3Dzh_CN',
  ]);

  // The in-app admin window lands here after the QR login; the harness is told instead.
  const landed = 'https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=1357924680';
  await adminWindowLanded(page, harness.url, landed);
  await page.getByTestId('open-devSettings-browser').click();
  await expect.poll(async () => (await urlsOpened(page)).at(-1)).toBe(
    'https://mp.weixin.qq.com/wxamp/devprofile/get_profile?lang=zh_CN&token=1357924680',
  );
});
