import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addDays, localDay } from '../../shared/review';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { expectAccessible } from '../support/axe';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';
import { uploadThroughWizard } from '../support/wizard-steps';
import { adminWindowLanded, openedUrls } from '../support/admin-links';

// 提交审核 and 发布 as the operator records them: after a real upload through the wizard against the
// fake WeChat, the review of 1.0.0 is recorded submitted (加急) → rejected (WeChat's text pasted and
// kept) → resubmitted → approved, then released 分阶段, the phase banner at the next start on day
// 1 of 15, 全量 recorded, the history row with its review state after a reload, and the 版本管理 link
// as the exact URL with the session token.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const REASON = '你好，你的小程序涉及提供用户评论功能，属于社交-笔记类目，请补充选择该类目。\n（审核编号 12345）';
const shot = (name: string) => path.resolve('test-output/screenshots', `72-review-${name}.png`);

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;

const urlsOpened = (page: Page) => openedUrls(page, harness.url);

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


/** Screenshots of one state in both languages: Chinese first, then English, then back. */
async function shotBoth(page: Page, name: string) {
  await page.screenshot({ path: shot(`${name}-zh-CN`), fullPage: true });
  await page.getByTestId('toggle-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: shot(`${name}-en`), fullPage: true });
  await page.getByTestId('toggle-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

test('submitted (加急) → rejected → resubmitted → approved → 分阶段 with the banner after a reload → 全量; history and the 版本管理 link', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(harness.url);
  await uploadThroughWizard(page, { harnessUrl: harness.url, fake, project: shop, keyFile: key.file, appid: APPID });
  const today = localDay(new Date());
  const autoFull = addDays(today, 14);

  // An older version still in review (recorded earlier) blocks 提审 until its outcome is recorded, from its card.
  expect(await page.evaluate((appid) => window.api.review.record({ appid, version: '0.9.0', event: { state: 'submitted' } }), APPID)).toMatchObject({ ok: true });
  await page.getByTestId('nav-submit').click();
  const records = page.getByTestId('review-records');
  await expect(records).toHaveAttribute('data-state', 'none');
  const other = page.getByTestId('other-in-review');
  await expect(other).toHaveAttribute('data-version', '0.9.0');
  await expect(page.getByTestId('record-submitted')).toHaveCount(0);
  await shotBoth(page, 'other-in-review');
  await other.getByTestId('record-withdrawn').check();
  await other.getByTestId('record-outcome').click();
  await expect(other).toHaveCount(0);

  // 提交审核: nothing recorded for 1.0.0; the one primary action records the submission.
  await expect(page.getByTestId('urgent-counter')).toHaveText('今年已用 0 / 3 次加急');
  await expect(page.getByTestId('record-date')).toHaveValue(today);
  await expect(page.getByTestId('step-submit').locator('.step__next button')).toHaveCount(1);
  await page.getByTestId('urgent-checkbox').check();
  await page.getByTestId('record-submitted').click();
  await expect(records).toHaveAttribute('data-state', 'submitted');
  await expect(page.getByTestId('review-event')).toHaveCount(1);
  await expect(page.getByTestId('review-event').first()).toHaveAttribute('data-at', today);
  await expect(page.getByTestId('review-event').first()).toContainText('加急');
  await expect(page.getByTestId('urgent-counter')).toHaveText('今年已用 1 / 3 次加急');
  await expect(page.getByTestId('days-in-review')).toHaveText('已审核 0 天（通常 1–7 天）');

  // The quota is unverified, so the operator sets it: 1 for a personal subject.
  await page.getByTestId('urgent-quota-edit').click();
  await page.getByTestId('urgent-quota').fill('1');
  await page.getByTestId('urgent-quota-save').click();
  await expect(page.getByTestId('urgent-counter')).toHaveText('今年已用 1 / 1 次加急');

  // 审核不通过, with WeChat's text pasted: kept with the record, shown under the event.
  await expect(page.getByTestId('step-submit').locator('.step__next button')).toHaveText('记录审核结果');
  await page.getByTestId('record-rejected').check();
  await expectAccessible(page, 'submit step, outcome form');
  await page.getByTestId('rejection-reason').fill(REASON);
  await page.getByTestId('record-outcome').click();
  await expect(records).toHaveAttribute('data-state', 'rejected');
  await expect(page.getByTestId('rejection-text')).toHaveText(REASON);
  await expectAccessible(page, 'submit step, rejected');
  await shotBoth(page, 'rejected');

  // 重新提交, then 审核通过.
  await page.getByTestId('record-resubmitted').click();
  await expect(records).toHaveAttribute('data-state', 'submitted');
  await expect(page.getByTestId('review-event').nth(2)).toContainText('重新提交审核');
  await page.getByTestId('record-approved').check();
  await page.getByTestId('record-outcome').click();
  await expect(records).toHaveAttribute('data-state', 'approved');
  const states = await page.getByTestId('review-event').evaluateAll((items) => items.map((item) => item.getAttribute('data-state')));
  expect(states).toEqual(['submitted', 'rejected', 'submitted', 'approved']);
  await expect(page.getByTestId('days-in-review')).toHaveText('这次审核用了 0 天（通常 1–7 天）');
  await expect(page.getByTestId('rejection-text')).toHaveText(REASON);
  await shotBoth(page, 'approved');
  await page.getByTestId('next-release').click();

  // 发布: the first release must be 全量 until the operator says the app was released before.
  await expect(page.getByTestId('step-release')).toBeVisible();
  await expect(page.getByTestId('nav-submit')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('release-version')).toHaveAttribute('data-state', 'approved');
  await expect(page.getByTestId('first-release-full')).toBeVisible();
  await expect(page.getByTestId('release-mode-phased')).toBeDisabled();
  await page.getByTestId('released-before').click();
  await expect(page.getByTestId('released-before')).toBeChecked();
  await expect(page.getByTestId('release-mode-phased')).toBeEnabled();

  // 版本管理: the login page first; once the admin window has a session, straight there with its token.
  await page.getByTestId('open-versions-app').click();
  await expect.poll(() => urlsOpened(page)).toEqual(['https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Fwacodepage%2Fgetcodepage%3Flang%3Dzh_CN']);
  const landed = 'https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=2468013579';
  await adminWindowLanded(page, harness.url, landed);
  await page.getByTestId('open-versions-browser').click();
  await expect.poll(async () => (await urlsOpened(page)).at(-1)).toBe('https://mp.weixin.qq.com/wxamp/wacodepage/getcodepage?lang=zh_CN&token=2468013579');

  // 分阶段 recorded: the clock starts at day 1 of 15.
  await page.getByTestId('release-mode-phased').check();
  await expect(page.getByTestId('step-release').locator('.step__next button')).toHaveCount(1);
  await page.getByTestId('record-released').click();
  await expect(page.getByTestId('release-recorded')).toHaveAttribute('data-mode', 'phased');
  await expect(page.getByTestId('release-recorded')).toContainText(today);
  await expect(page.getByTestId('phase-clock')).toContainText(`分阶段发布第 1 / 15 天，第 15 天（${autoFull}）自动全量`);
  await expectAccessible(page, 'release step, phased');
  await shotBoth(page, 'phased');

  // The next start: the banner, before any project is opened.
  await page.reload();
  const banner = page.getByTestId('phase-clock-banner');
  await expect(banner).toHaveText(new RegExp(`${APPID}：分阶段发布第 1 / 15 天，第 15 天（${autoFull}）自动全量`));
  await expect(banner).toHaveAttribute('data-day', '1');
  await shotBoth(page, 'banner');

  // 全量 recorded from the same step: the phase is over, and so is the banner.
  await page.getByTestId('recent-projects').getByRole('button', { name: new RegExp(APPID) }).click();
  await page.getByTestId('nav-release').click();
  await expect(page.getByTestId('phase-clock')).toBeVisible();
  await expect(page.getByTestId('record-released')).toHaveText('记录：已全量发布');
  await page.getByTestId('record-released').click();
  await expect(page.getByTestId('release-recorded')).toHaveAttribute('data-mode', 'full');
  await expect(page.getByTestId('phase-clock')).toHaveCount(0);
  await expect(banner).toHaveCount(0);

  // A refused record explains itself: 1.0.0 is released, it cannot be submitted again.
  const refused = await page.evaluate((appid) => window.api.review.record({ appid, version: '1.0.0', event: { state: 'submitted' } }), APPID);
  expect(refused).toMatchObject({ ok: false, problem: { code: 'review.transition-refused', params: { from: 'released', to: 'submitted' } } });

  // The history after a reload: the upload row carries its version's review state and dates.
  await page.reload();
  await page.getByTestId('recent-projects').getByRole('button', { name: new RegExp(APPID) }).click();
  await page.getByTestId('open-history').click();
  const drawer = page.getByTestId('history-drawer');
  const row = drawer.getByTestId('history-row').filter({ hasText: '1.0.0' });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('history-review')).toHaveAttribute('data-state', 'released');
  for (const part of ['已发布', `提交 ${today}`, `结果 ${today}`, `发布 ${today}`]) await expect(row.getByTestId('history-review')).toContainText(part);
  await drawer.getByTestId('history-filter-review').selectOption('submitted');
  await expect(drawer.getByTestId('history-row')).toHaveCount(0);
  await drawer.getByTestId('history-filter-review').selectOption('released');
  await expect(drawer.getByTestId('history-row')).toHaveCount(1);
  await drawer.screenshot({ path: shot('history-zh-CN') });
});
