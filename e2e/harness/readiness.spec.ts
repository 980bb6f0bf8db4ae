import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { expectAccessible } from '../support/axe';
import { adminWindowLanded, openedUrls } from '../support/admin-links';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';
import { uploadThroughWizard } from '../support/wizard-steps';

// 提审前体检 on review-shop (its README lists what the report must find), in the browser harness: the
// version is uploaded through the wizard against the fake WeChat (提交审核 waits for it), then the
// report is read, answered and ticked, and everything is still there after a reload. Screenshots in
// Chinese and English.
const APPID = 'wx5555555555555555';
const shop = path.resolve('e2e/fixtures/projects/review-shop');
const shot = (name: string) => path.resolve('test-output/screenshots', `70-readiness-${name}.png`);
const CATEGORIES = ['location', 'phoneNumber', 'album', 'clipboard'];

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;

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

/** The URL the last opened admin-site link went to (the harness records them). */
const lastOpenedUrl = async (page: Page) => (await openedUrls(page, harness.url)).at(-1);
const report = (page: Page) => page.getByTestId('readiness-report');
const card = (page: Page, code: string) => report(page).locator(`[data-testid="problem-card"][data-code="${code}"]`);

test('the readiness report: login wall, privacy ticks, placeholder page, both questions, remembered after a reload', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(harness.url);
  await uploadThroughWizard(page, { harnessUrl: harness.url, fake, project: shop, keyFile: key.file, appid: APPID });
  await page.getByTestId('nav-submit').click();
  await expect(page.getByTestId('step-submit')).toBeVisible();

  // What the folder says, before any answer: two blockers (privacy, 备案) and three reminders.
  await expect(report(page)).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('readiness-summary')).toHaveAttribute('data-blockers', '2');
  await expect(card(page, 'readiness.login-wall')).toHaveAttribute('data-location', 'miniprogram/app.js:12');
  await expect(card(page, 'readiness.login-wall')).toHaveAttribute('data-severity', 'warning');
  await expect(card(page, 'readiness.login-wall')).toContainText('测试账号');
  await expect(card(page, 'readiness.page-placeholder')).toHaveAttribute('data-location', 'miniprogram/pages/activity/activity.wxml');
  await expect(card(page, 'readiness.page-placeholder')).toContainText('pages/activity/activity');
  await expect(card(page, 'readiness.page-placeholder')).toContainText('敬请期待');
  const privacy = card(page, 'readiness.privacy-undeclared');
  await expect(privacy).toHaveAttribute('data-severity', 'error');
  for (const name of ['位置信息', '手机号', '选中的照片或视频', '剪切板']) await expect(privacy).toContainText(name);
  await expect(card(page, 'readiness.filing')).toHaveAttribute('data-severity', 'error');
  await expect(card(page, 'readiness.ugc-unanswered')).toBeVisible();
  // Each card's page, straight to it with the session's token: the privacy guide, and the home page for 备案.
  const landed = 'https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=2468013579';
  await adminWindowLanded(page, harness.url, landed);
  await privacy.getByTestId('problem-link').click();
  await expect.poll(() => lastOpenedUrl(page)).toBe('https://mp.weixin.qq.com/wxamp/wadevelopcode/privacy?ver=1&id=0&wait=0&lang=zh_CN&token=2468013579');
  await card(page, 'readiness.filing').getByTestId('problem-link').click();
  await expect.poll(() => lastOpenedUrl(page)).toBe('https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=2468013579');
  await expect(page.getByTestId('readiness-privacy-category')).toHaveCount(4);
  await page.getByTestId('readiness-privacy-category').filter({ has: page.getByTestId('privacy-declared-album') }).locator('summary').click();
  await expect(page.getByTestId('readiness-privacy')).toContainText('miniprogram/pages/index/index.js:');
  await page.screenshot({ path: shot('zh-CN-found'), fullPage: true });
  await expectAccessible(page, 'readiness report');

  // Ticking three of four categories leaves a blocker naming the fourth; the last tick clears it.
  for (const category of CATEGORIES.slice(0, 3)) await page.getByTestId(`privacy-declared-${category}`).check();
  await expect(privacy).toContainText('剪切板');
  await expect(privacy).not.toContainText('位置信息');
  await page.getByTestId('privacy-declared-clipboard').check();
  await expect(privacy).toHaveCount(0);
  await expect(page.getByTestId('readiness-summary')).toHaveAttribute('data-blockers', '1');

  // 备案: no → still a blocker, saying so; yes → cleared. UGC: yes → the 社交 / 网信报备 reminder.
  const filed = page.getByTestId('readiness-question-filed');
  await filed.getByRole('radio', { name: '否' }).check();
  await expect(card(page, 'readiness.filing')).toContainText('还没有备案');
  await expect(report(page)).toHaveAttribute('data-ok', 'false');
  await filed.getByRole('radio', { name: '是' }).check();
  await expect(card(page, 'readiness.filing')).toHaveCount(0);
  await expect(report(page)).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('readiness-question-ugc').getByRole('radio', { name: '是' }).check();
  await expect(card(page, 'readiness.ugc-unanswered')).toHaveCount(0);
  await expect(card(page, 'readiness.ugc')).toContainText('网信报备');
  await expect(card(page, 'readiness.ugc')).toContainText('7 天');
  await page.screenshot({ path: shot('zh-CN-answered'), fullPage: true });

  // After a reload and a check run afresh: the answers and ticks are the appid's, kept.
  await page.reload();
  await page.getByTestId('recent-projects').getByRole('button', { name: new RegExp(APPID) }).click();
  await page.getByTestId('nav-submit').click();
  await expect(report(page)).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('readiness-rerun').click();
  await expect(report(page)).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('readiness-question-filed')).toHaveAttribute('data-answer', 'yes');
  await expect(page.getByTestId('readiness-question-ugc')).toHaveAttribute('data-answer', 'yes');
  for (const category of CATEGORIES) await expect(page.getByTestId(`privacy-declared-${category}`)).toBeChecked();
  await expect(card(page, 'readiness.login-wall')).toBeVisible();
  await expect(card(page, 'readiness.ugc')).toBeVisible();

  // In English: the same report in English words; unticking brings the blocker back, named in English.
  await page.getByTestId('toggle-language').click();
  await expect(report(page)).toContainText('Readiness check before 提交审核');
  await page.getByTestId('privacy-declared-location').uncheck();
  await expect(card(page, 'readiness.privacy-undeclared')).toContainText('Location');
  await expect(report(page)).toHaveAttribute('data-ok', 'false');
  await expect(card(page, 'readiness.login-wall')).toContainText('test account');
  await page.screenshot({ path: shot('en'), fullPage: true });
});
