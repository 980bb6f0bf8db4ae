import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { uploadFromPage } from '../support/release-in-page';
import { writeTestKey, type TestKey } from '../support/test-key';
import { openProjectWithKey } from '../support/wizard-steps';

// The version and notes step on nested-shop, with its key imported so the later gates open.
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

const savedDraft = (page: Page) => page.evaluate((projectRoot) => window.api.wizard.draft({ projectRoot }), shopRoot);

/** After a reload: the project again from the recent list, which resumes where the draft was. */
async function reopenShop(page: Page) {
  await page.reload();
  await page.getByTestId('recent-projects').getByRole('button', { name: new RegExp(APPID) }).click();
}

test('suggests from the history, bumps, confirms a used version, counts the notes, applies a template, keeps the draft over a reload, finishes', async ({ page }) => {
  await openProjectWithKey(page, harness.url, fake.proxyUrl, shop, key.file);
  // One real upload makes the history the suggestion is read from; robot 1 is marked as the 体验版's.
  expect(await uploadFromPage(page, shopRoot, '1.2.3')).toMatchObject({ ok: true });
  await page.evaluate((appid) => window.api.trial.setRobot({ appid, robot: 1 }), APPID);
  await page.getByTestId('nav-version').click();

  const version = page.getByTestId('version-input');
  const next = page.getByTestId('next-precheck');
  await expect(version).toHaveValue('1.2.4');
  await expect(page.getByTestId('version-suggestion')).toContainText('上次成功上传的版本是 1.2.3');
  await expect(page.getByTestId('bump-patch')).toHaveText('修订号 +1：1.2.4');
  await expect(page.getByTestId('bump-major')).toHaveText('主版本号 +1：2.0.0');
  await page.getByTestId('bump-minor').click();
  await expect(version).toHaveValue('1.3.0');
  await expect(page.getByTestId('bump-minor')).toHaveAttribute('aria-pressed', 'true');
  await expect(next).toBeEnabled();

  // A version already uploaded is allowed only once confirmed in the page; a malformed one not at all.
  await version.fill('1.2.3');
  await expect(page.getByTestId('version-used')).toContainText('版本 1.2.3 已经在');
  await expect(next).toBeDisabled();
  await page.getByTestId('version-reuse').click();
  await page.getByTestId('version-reuse-confirm').click();
  await expect(page.getByTestId('version-reuse-confirmed')).toBeVisible();
  await expect(next).toBeEnabled();
  await version.fill('1.3 beta');
  await expect(page.getByTestId('version-field').getByTestId('problem-card')).toHaveAttribute('data-code', 'ci.version-invalid');
  await expect(next).toBeDisabled();
  await page.getByTestId('bump-minor').click();
  await expect(version).toHaveValue('1.3.0');

  // The robot: the default from the settings, and what this upload does to the 体验版.
  const robot = page.getByTestId('robot-input');
  await expect(robot).toHaveValue('1');
  await expect(page.getByTestId('trial-note')).toHaveText('体验版是机器人 1 上传的开发版本：这次上传会替换体验版。');
  await robot.fill('31');
  await expect(page.getByTestId('robot-field').getByTestId('problem-card')).toHaveAttribute('data-code', 'ci.robot-invalid');
  await expect(next).toBeDisabled();
  await robot.fill('2');
  await expect(page.getByTestId('trial-note')).toContainText('这次用机器人 2 上传，不会改变体验版');

  // The notes: a live counter, and a template added after what was typed.
  const notes = page.getByTestId('notes-input');
  await notes.fill('修复了购物车');
  await expect(page.getByTestId('notes-counter')).toHaveText('6 / 2,048 字');
  await page.locator('[data-template-id="builtin-fix"]').getByTestId('template-apply').click();
  const expectedNotes = '修复了购物车\n修复了一些已知问题，提升了稳定性和使用体验。';
  await expect(notes).toHaveValue(expectedNotes);
  await expect(page.getByTestId('notes-counter')).toHaveText('29 / 2,048 字');
  await page.screenshot({ path: shot('30-version-zh'), fullPage: true });

  // Saved as typed: the draft survives a reload, and reopening the project comes back to this step.
  await expect.poll(() => savedDraft(page)).toMatchObject({ step: 'version', version: '1.3.0', robot: 2, desc: expectedNotes });
  await reopenShop(page);
  await expect(page.getByTestId('step-version')).toBeVisible();
  await expect(version).toHaveValue('1.3.0');
  await expect(robot).toHaveValue('2');
  await expect(notes).toHaveValue(expectedNotes);

  await next.click();
  await expect(page.getByTestId('step-precheck')).toBeVisible();
  await expect(page.getByTestId('nav-version')).toHaveAttribute('data-done', 'true');
  await expect.poll(async () => (await savedDraft(page))?.done).toContain('version');
});

test('without history: 1.0.0, no bumps; notes from git, over the cap, saved and edited templates (in English)', async ({ page }) => {
  await openProjectWithKey(page, harness.url, fake.proxyUrl, shop, key.file);
  await page.getByTestId('toggle-language').click();
  await page.getByTestId('nav-version').click();

  const version = page.getByTestId('version-input');
  const next = page.getByTestId('next-precheck');
  await expect(version).toHaveValue('1.0.0');
  await expect(page.getByTestId('version-suggestion')).toHaveText('This project has no successful upload from this app yet; 1.0.0 is a good start.');
  await expect(page.locator('[data-testid^=bump-]')).toHaveCount(0);
  // No 体验版 robot recorded: nothing said about it.
  await expect(page.getByTestId('trial-note')).toHaveCount(0);

  // This checkout's own git log, when it is one (CI checkouts are); elsewhere the button must simply be absent.
  const log = spawnSync('git', ['--no-pager', 'log', '--no-merges', '-1', '--format=%s', '--', '.'], { cwd: shopRoot, encoding: 'utf8' });
  const notes = page.getByTestId('notes-input');
  if (log.status === 0 && log.stdout.trim()) {
    await page.getByTestId('notes-from-git').click();
    await expect(notes).toHaveValue(new RegExp(`^- ${log.stdout.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  } else {
    test.info().annotations.push({ type: 'note', description: 'the fixture is not in a git checkout here: only the absence of the button is checked' });
    await expect(page.getByTestId('notes-from-git')).toHaveCount(0);
  }

  await notes.fill('x'.repeat(2049));
  await expect(page.getByTestId('notes-counter')).toHaveText('2,049 characters of 2,048');
  await expect(page.getByTestId('notes-field').getByTestId('problem-card')).toHaveAttribute('data-code', 'ci.notes-too-long');
  await expect(next).toBeDisabled();

  // The operator's notes saved as a template, and a built-in edited: both kept by the main process.
  await notes.fill('Weekly build: small fixes.');
  await expect(next).toBeEnabled();
  await page.getByTestId('template-save-current').click();
  await page.getByTestId('template-name').fill('Weekly');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-saved')).toBeVisible();
  await page.locator('[data-template-id="builtin-routine"]').getByTestId('template-edit').click();
  await page.getByTestId('template-text').fill('Routine update: new banners.');
  await page.getByTestId('template-save').click();
  await expect(page.locator('[data-template-id="builtin-routine"]').getByTestId('template-remove')).toHaveText('Restore default');
  await page.screenshot({ path: shot('30-version-en'), fullPage: true });

  await reopenShop(page);
  await expect(page.getByTestId('step-version')).toBeVisible();
  await expect(page.getByTestId('template').getByTestId('template-apply')).toHaveText(['Bug fixes', 'New features', 'Routine update', 'Weekly']);
  await notes.fill('');
  await page.locator('[data-template-id="builtin-routine"]').getByTestId('template-apply').click();
  await expect(notes).toHaveValue('Routine update: new banners.');
  await page.getByTestId('template').filter({ hasText: 'Weekly' }).getByTestId('template-apply').click();
  await expect(notes).toHaveValue('Routine update: new banners.\nWeekly build: small fixes.');

  await next.click();
  await expect(page.getByTestId('step-precheck')).toBeVisible();
});
