import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REVIEW_RULES_URL } from '../../shared/deep-links';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { expectAccessible } from '../support/axe';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { readIfStillThere, recentFiles } from '../support/scan-files';
import { writeTestKey, type TestKey } from '../support/test-key';
import { uploadThroughWizard } from '../support/wizard-steps';
import { adminWindowLanded, openedUrls } from '../support/admin-links';

// 提交审核, reached after an upload through the wizard against the fake WeChat. The whitelist step's
// connection check tells the app whether the appid was ever released (getattr's `released`), which
// decides whether the first-release checklist is open or folded.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const NOTES = '修复购物车结算；新增订单详情页';
const shot = (name: string) => path.resolve('test-output/screenshots', `71-submit-${name}.png`);

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;

const urlsOpened = (page: Page) => openedUrls(page, harness.url);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
});

async function start(released: boolean) {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey }, clientIp: '203.0.113.7', released });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
}


const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The wizard from the folder to a finished upload (the whitelist step's check included), then 提交审核. */
async function uploadAndReachSubmit(page: Page, lang: 'zh-CN' | 'en') {
  await page.goto(harness.url);
  if (lang === 'en') await page.getByTestId('toggle-language').click();
  await uploadThroughWizard(page, { harnessUrl: harness.url, fake, project: shop, keyFile: key.file, appid: APPID, notes: NOTES, checkConnection: true });
  await page.getByTestId('next-submit').click();
  await expect(page.getByTestId('step-submit')).toBeVisible();
}

async function reopenAtSubmit(page: Page) {
  await page.reload();
  await page.getByTestId('recent-projects').getByRole('button', { name: new RegExp(APPID) }).click();
  await page.getByTestId('nav-submit').click();
  await expect(page.getByTestId('step-submit')).toBeVisible();
}

test('never released: the checklist, its ticks, the test account and the copy texts survive a reload; the form link carries the session token', async ({ page }) => {
  test.setTimeout(240_000);
  await start(false);
  await uploadAndReachSubmit(page, 'zh-CN');

  // The checklist is open, every item with its admin page.
  const checklist = page.getByTestId('first-release');
  await expect(checklist).toHaveAttribute('data-open', 'true');
  await expect(checklist).toContainText('微信说这个小程序还没有发布过');
  for (const item of ['basicInfo', 'category', 'beian', 'privacy', 'members']) await expect(page.getByTestId(`first-item-${item}`)).toBeVisible();
  await expect(page.getByTestId('first-item-beian')).toContainText('去备案');
  await page.getByTestId('first-done-basicInfo').check();
  await page.getByTestId('first-done-privacy').check();
  await expect(page.getByTestId('first-item-privacy')).toHaveAttribute('data-done', 'true');
  await expect(checklist).toContainText('已完成 2 / 5');

  // The test account: folded until saved; saved, copied, then shown in the copy texts.
  const account = page.getByTestId('test-account');
  await account.locator('summary').click();
  await page.getByTestId('test-account-username').fill('reviewer01');
  await page.getByTestId('test-account-password').fill('S3cret-review-pass');
  await page.getByTestId('test-account-note').fill('登录后进入「我的订单」');
  await page.getByTestId('test-account-save').click();
  await expect(page.getByTestId('test-account-saved')).toHaveAttribute('data-where', 'stored');
  await expect(page.getByTestId('test-account-summary')).toHaveText('测试账号：reviewer01');
  await page.getByTestId('copy-test-account').click();
  expect(await clipboard(page)).toBe('账号：reviewer01\n密码：S3cret-review-pass\n说明：登录后进入「我的订单」');
  // The store file holds ciphertext only, and no file of the app (stores, log) holds the password.
  expect(fs.readFileSync(path.join(harness.dataDir, 'reviewAccounts.json'), 'utf8')).toContain('ciphertext');
  const holding = recentFiles(harness.dataDir, 0).filter((file) => readIfStillThere(file).includes('S3cret-review-pass'));
  expect(holding).toEqual([]);

  // The copy texts: the notes as uploaded (edited before copying), the account lines, the media hint.
  await expect(page.getByTestId('submit-desc-text')).toHaveValue(NOTES);
  await page.getByTestId('submit-desc-text').fill(`${NOTES}\n请审核员从首页进入购物车。`);
  await page.getByTestId('copy-desc').click();
  expect(await clipboard(page)).toBe(`${NOTES}\n请审核员从首页进入购物车。`);
  await expect(page.getByTestId('submit-account-text')).toContainText('reviewer01');
  await expect(page.getByTestId('submit-account-text')).not.toContainText('S3cret');
  await page.getByTestId('copy-account').click();
  expect(await clipboard(page)).toBe('账号：reviewer01\n密码：S3cret-review-pass');
  await page.getByTestId('copy-account-password').click();
  expect(await clipboard(page)).toBe('S3cret-review-pass');
  const hint = (await page.getByTestId('submit-media-hint').textContent())!;
  expect(hint).toContain('录屏');
  await page.getByTestId('copy-media-hint').click();
  expect(await clipboard(page)).toBe(hint);
  await expect(page.getByTestId('form-explained')).toContainText('加急');
  // One primary button in the step, and it is the review record's.
  await expect(page.getByTestId('step-submit').locator('.button:not(.button--secondary)')).toHaveAttribute('data-testid', 'record-submitted');
  await page.screenshot({ path: shot('zh-CN-first-release'), fullPage: true });
  await expectAccessible(page, 'submit, first release');

  // After a reload: the ticks and the account are still there.
  await reopenAtSubmit(page);
  await expect(page.getByTestId('first-item-basicInfo')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('first-item-privacy')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('first-item-category')).toHaveAttribute('data-done', 'false');
  await expect(page.getByTestId('test-account-username')).toHaveValue('reviewer01');
  await expect(page.getByTestId('test-account-password')).toHaveValue('S3cret-review-pass');
  await page.getByTestId('copy-account-username').click();
  expect(await clipboard(page)).toBe('reviewer01');

  // The form: through the login page first, then straight to it with the session token.
  await page.getByTestId('open-submitAudit').click();
  await expect.poll(async () => (await urlsOpened(page)).at(-1)).toBe(
    'https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Fwadevelopcode%2Fget_class%3Flang%3Dzh_CN',
  );
  const landed = 'https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=2468013579';
  await adminWindowLanded(page, harness.url, landed);
  await page.getByTestId('open-submitAudit-browser').click();
  await expect.poll(async () => (await urlsOpened(page)).at(-1)).toBe('https://mp.weixin.qq.com/wxamp/wadevelopcode/get_class?lang=zh_CN&token=2468013579');
  await page.getByTestId('open-privacy-browser').click();
  await expect.poll(async () => (await urlsOpened(page)).at(-1)).toBe(
    'https://mp.weixin.qq.com/wxamp/wadevelopcode/privacy?ver=1&id=0&wait=0&lang=zh_CN&token=2468013579',
  );
  await page.getByTestId('open-review-rules').click();
  await expect.poll(async () => (await urlsOpened(page)).at(-1)).toBe(REVIEW_RULES_URL);
});

test('released before: the checklist is folded to one line until the operator says this is the first release (in English)', async ({ page }) => {
  test.setTimeout(240_000);
  await start(true);
  await uploadAndReachSubmit(page, 'en');

  const checklist = page.getByTestId('first-release');
  await expect(checklist).toHaveAttribute('data-open', 'false');
  await expect(page.getByTestId('first-release-line')).toContainText('has been released before');
  await expect(page.getByTestId('first-item-basicInfo')).toBeHidden();
  await expect(page.getByTestId('test-account-username')).toBeHidden();
  await expect(page.getByTestId('copy-texts')).toContainText('No test account saved');
  await expect(page.getByTestId('submit-desc-text')).toHaveValue(NOTES);
  await page.screenshot({ path: shot('en-released-before'), fullPage: true });
  await expectAccessible(page, 'submit, released before');

  // The operator knows better: the checklist opens, and stays open after a reload.
  await page.getByTestId('first-release-summary').click();
  await page.getByTestId('first-release-operator-says').check();
  await expect(checklist).toHaveAttribute('data-open', 'true');
  await expect(checklist).toContainText('You said this is the first release');
  await expect(page.getByTestId('first-item-members')).toBeVisible();
  await reopenAtSubmit(page);
  await expect(page.getByTestId('first-release')).toHaveAttribute('data-open', 'true');
  await page.screenshot({ path: shot('en-operator-says-first'), fullPage: true });
});
