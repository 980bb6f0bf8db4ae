import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { trialLink } from '../../shared/trial-link';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { expectAccessible } from '../support/axe';
import { decodeQrDataUrl } from '../support/decode-qr';
import { adminWindowLanded, openedUrls } from '../support/admin-links';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';
import { uploadThroughWizard } from '../support/wizard-steps';

// Part 2 of the walk, from the 体验版 to "released", in the harness against the fake WeChat (which says
// this appid was never released): 提审前体检 on review-shop (login wall, undeclared privacy categories),
// the first-time checklist, the copy texts, the deep links with the session token, the hand-off card
// as a PNG, submitted → rejected → advice → resubmitted → approved → 发布 全量, and the history row
// after a reload. In Chinese and in English, with a screenshot and an axe scan of each step.
const APPID = 'wx5555555555555555';
const shop = path.resolve('e2e/fixtures/projects/review-shop');
const NOTES = '新增会员登录与订单页';
const ACCOUNT = { username: 'review-tester', password: 'Tr1al-only!' };
const REJECTION = '你好，你的小程序需要登录后才能使用，但未提供可用的测试账号，审核无法进行。请在提交审核时提供测试账号及密码。';
const TOKEN = '9753108642';
const CATEGORIES = ['location', 'phoneNumber', 'album', 'clipboard'];

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;
let saveDir: string;

const lastOpenedUrl = async (page: Page) => (await openedUrls(page, harness.url)).at(-1);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey }, clientIp: '203.0.113.7', released: false });
  saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-walk-saved-'));
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath, MP_HARNESS_SAVE_DIR: saveDir } });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
  fs.rmSync(saveDir, { recursive: true, force: true });
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`from the 体验版 to released, in ${lang}`, async ({ page }) => {
    test.setTimeout(300_000);
    const zh = lang === 'zh-CN';
    const shot = (name: string) => page.screenshot({ path: path.resolve('test-output/screenshots', `80-release-walk-${lang}-${name}.png`), fullPage: true });
    await page.goto(harness.url);
    if (!zh) await page.getByTestId('toggle-language').click();
    await uploadThroughWizard(page, { harnessUrl: harness.url, fake, project: shop, keyFile: key.file, appid: APPID, notes: NOTES });
    expect(fake.uploads.at(-1)?.desc).toBe(NOTES);
    await expect(page.getByTestId('trial-qr')).toBeVisible();
    await page.getByTestId('next-submit').click();
    await expect(page.getByTestId('step-submit')).toBeVisible();

    // 提审前体检: the login wall with its place, the privacy categories as a blocker, 备案 unanswered.
    const report = page.getByTestId('readiness-report');
    const card = (code: string) => report.locator(`[data-testid="problem-card"][data-code="${code}"]`);
    await expect(report).toHaveAttribute('data-ok', 'false');
    await expect(card('readiness.login-wall')).toHaveAttribute('data-location', 'miniprogram/app.js:12');
    await expect(card('readiness.privacy-undeclared')).toHaveAttribute('data-severity', 'error');
    await expect(card('readiness.filing')).toHaveAttribute('data-severity', 'error');
    await expect(page.getByTestId('submit-readiness-blocked')).toBeVisible();
    // The login wall opens the test account card by itself.
    await expect(page.getByTestId('test-account')).toHaveAttribute('open', '');
    await expectAccessible(page, `${lang} submit, readiness found`);
    await shot('1-readiness');

    // Answered: the guide declares every category, the 备案 is done, users publish nothing.
    for (const category of CATEGORIES) await page.getByTestId(`privacy-declared-${category}`).check();
    await page.getByTestId('readiness-question-filed').locator('input[value=yes]').check();
    await page.getByTestId('readiness-question-ugc').locator('input[value=no]').check();
    await expect(report).toHaveAttribute('data-ok', 'true');
    await expect(page.getByTestId('submit-readiness-blocked')).toHaveCount(0);

    // First release (the fake's getattr said released: false): the checklist is open; every item ticked.
    await expect(page.getByTestId('first-release')).toHaveAttribute('data-open', 'true');
    for (const item of ['basicInfo', 'category', 'beian', 'privacy', 'members']) {
      await page.getByTestId(`first-done-${item}`).check();
      await expect(page.getByTestId(`first-item-${item}`)).toHaveAttribute('data-done', 'true');
    }

    // The test account, kept as a secret and ready to paste; the copy texts.
    await page.getByTestId('test-account-username').fill(ACCOUNT.username);
    await page.getByTestId('test-account-password').fill(ACCOUNT.password);
    await page.getByTestId('test-account-save').click();
    await expect(page.getByTestId('test-account-saved')).toBeVisible();
    await page.getByTestId('copy-desc').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(NOTES);
    await page.getByTestId('copy-account').click();
    const copiedAccount = await page.evaluate(() => navigator.clipboard.readText());
    expect(copiedAccount).toContain(ACCOUNT.username);
    expect(copiedAccount).toContain(ACCOUNT.password);
    await page.getByTestId('copy-media-hint').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId('submit-media-hint').innerText());

    // Deep links: once the admin window has a session, straight to the page with its token.
    const landed = `https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=${TOKEN}`;
    await adminWindowLanded(page, harness.url, landed);
    await page.getByTestId('form-explained').getByTestId('open-submitAudit-browser').click();
    await expect.poll(() => lastOpenedUrl(page)).toBe(`https://mp.weixin.qq.com/wxamp/wadevelopcode/get_class?lang=zh_CN&token=${TOKEN}`);
    await page.getByTestId('first-item-basicInfo').getByTestId('open-basicSettings-browser').click();
    await expect.poll(() => lastOpenedUrl(page)).toBe(`https://mp.weixin.qq.com/wxamp/basicprofile/index?lang=zh_CN&token=${TOKEN}`);

    // 交给管理员: the card as text, and as a PNG whose QR decodes to the 体验版 link.
    const handoff = page.getByTestId('handoff-card-submit');
    for (const part of ['1.0.0', NOTES, ACCOUNT.username, ACCOUNT.password, trialLink(APPID)]) await expect(handoff.getByTestId('handoff-text')).toContainText(part);
    await handoff.getByTestId('save-handoff').click();
    const saved = await handoff.getByTestId('handoff-saved').getAttribute('data-file');
    expect(path.dirname(saved!)).toBe(saveDir);
    const png = fs.readFileSync(saved!);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(decodeQrDataUrl(`data:image/png;base64,${png.toString('base64')}`)).toBe(trialLink(APPID));
    await expectAccessible(page, `${lang} submit, ready`);
    await shot('2-submit-ready');

    // Submitted → rejected with WeChat's text → the advice → resubmitted → approved.
    const records = page.getByTestId('review-records');
    await page.getByTestId('record-submitted').click();
    await expect(records).toHaveAttribute('data-state', 'submitted');
    await page.getByTestId('record-rejected').check();
    await page.getByTestId('rejection-reason').fill(REJECTION);
    await page.getByTestId('record-outcome').click();
    await expect(records).toHaveAttribute('data-state', 'rejected');
    await expect(page.getByTestId('rejection-text')).toHaveText(REJECTION);
    const advice = page.getByTestId('rejection-advice');
    await expect(advice).toHaveAttribute('data-causes', /^login-account/);
    await expect(advice.getByTestId('rejection-appeal').first()).not.toBeEmpty();
    await expectAccessible(page, `${lang} submit, rejected with advice`);
    await shot('3-rejected');
    await page.getByTestId('record-resubmitted').click();
    await expect(records).toHaveAttribute('data-state', 'submitted');
    await page.getByTestId('record-approved').check();
    await page.getByTestId('record-outcome').click();
    await expect(records).toHaveAttribute('data-state', 'approved');
    const states = await page.getByTestId('review-event').evaluateAll((items) => items.map((item) => item.getAttribute('data-state')));
    expect(states).toEqual(['submitted', 'rejected', 'submitted', 'approved']);
    await page.getByTestId('next-release').click();

    // 发布: the first release is 全量; the 版本管理 link with the token; recorded.
    await expect(page.getByTestId('step-release')).toBeVisible();
    await expect(page.getByTestId('release-mode-phased')).toBeDisabled();
    await expect(page.getByTestId('release-mode-full')).toBeChecked();
    await page.getByTestId('open-versions-browser').click();
    await expect.poll(() => lastOpenedUrl(page)).toBe(`https://mp.weixin.qq.com/wxamp/wacodepage/getcodepage?lang=zh_CN&token=${TOKEN}`);
    await expect(page.getByTestId('handoff-card-release').getByTestId('handoff-text')).toContainText('1.0.0');
    await expectAccessible(page, `${lang} release`);
    await page.getByTestId('record-released').click();
    await expect(page.getByTestId('release-recorded')).toHaveAttribute('data-mode', 'full');
    await shot('4-released');

    // After a reload: the history row carries the upload and its review, released, with its dates.
    await page.reload();
    await page.getByTestId('recent-projects').getByRole('button', { name: new RegExp(APPID) }).click();
    await page.getByTestId('open-history').click();
    const row = page.getByTestId('history-drawer').getByTestId('history-row').filter({ hasText: '1.0.0' });
    await expect(row).toHaveCount(1);
    for (const part of ['1.0.0', NOTES]) await expect(row).toContainText(part);
    const review = row.getByTestId('history-review');
    await expect(review).toHaveAttribute('data-state', 'released');
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await expect(review).toContainText(today);
    await expect(review).toContainText(zh ? '已发布' : 'Released');
    await shot('5-history');
  });
}
