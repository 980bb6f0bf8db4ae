import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { expectAccessible } from '../support/axe';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';

// The pre-upload check in the harness, against the fake WeChat: privacy-shop (a copy, so the fix
// can be written) with the fake refusing the IP, so the one list holds that blocker beside the
// undeclared location APIs and the warnings; then both fixed, checked again, passing.
const APPID = 'wx4444444444444444';
const FIXTURE = path.resolve('e2e/fixtures/projects/privacy-shop');
const LOCATION_APIS = ['getLocation', 'onLocationChange', 'startLocationUpdate', 'chooseAddress', 'choosePoi', 'chooseLocation'];
const shot = (name: string) => path.resolve('test-output/screenshots', `${name}.png`);

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;
let project: string;

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey }, clientIp: '203.0.113.7' });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'precheck-spec-'));
  fs.cpSync(FIXTURE, project, { recursive: true });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
  fs.rmSync(project, { recursive: true, force: true });
});

/** Project opened, key imported, version 1.2.0 in the draft (the version step's part), then the check step. */
async function reachPrecheck(page: Page) {
  await page.goto(harness.url);
  await page.evaluate(
    ({ proxy, projectRoot }) =>
      Promise.all([
        window.api.settings.update({ proxy }),
        window.api.wizard.saveDraft({ projectRoot, draft: { step: 'project', version: '1.2.0', desc: '', robot: null, done: [] } }),
      ]),
    { proxy: fake.proxyUrl, projectRoot: project },
  );
  await dropFolder(page, project);
  await page.getByTestId('next-key').click();
  await dropFolder(page, key.file, 'key-dropzone');
  await expect(page.getByTestId('current-key')).toBeVisible();
  await page.getByTestId('nav-precheck').click();
  await expect(page.getByTestId('step-precheck')).toBeVisible();
}

async function screenshotsInBothLanguages(page: Page, name: string) {
  await page.screenshot({ path: shot(`${name}-zh`), fullPage: true });
  await page.getByTestId('toggle-language').click();
  await expect(page.getByTestId('precheck-rerun')).toHaveText('Check again');
  await page.screenshot({ path: shot(`${name}-en`), fullPage: true });
  await page.getByTestId('toggle-language').click();
  await expect(page.getByTestId('precheck-rerun')).toHaveText('重新检查');
}

const severities = (page: Page) => page.locator('[data-testid=precheck-findings] > [data-testid=problem-card]').evaluateAll((cards) => cards.map((c) => `${c.getAttribute('data-severity')} ${c.getAttribute('data-code')}`));

test('one list with the refused IP beside the undeclared APIs and the warnings, then fixed and passing', async ({ page }) => {
  // Three whole checks, each a compile of privacy-shop: 53 s alone on a busy 2-core machine, more in a full run.
  test.setTimeout(240_000);
  fake.setMode('invalid-ip');
  await reachPrecheck(page);

  // The check runs by itself on arrival.
  const result = page.getByTestId('precheck-result');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('precheck-verdict')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('precheck-verdict')).toHaveText('有 2 个问题必须先解决，才能上传。');
  const listed = await severities(page);
  const errors = listed.filter((entry) => entry.startsWith('error'));
  expect(errors).toEqual(['error ci.invalid-ip', 'error precheck.private-info-undeclared']);
  // Every blocker before every warning, in one list.
  expect(listed.slice(0, 2)).toEqual(errors);
  expect(listed.slice(2)).toEqual(
    expect.arrayContaining(['warning precheck.privacy-guide', 'warning precheck.domains-unticked', 'warning quality.wxml-not-minified', 'warning quality.lazy-loading-off']),
  );
  expect(listed.slice(2).every((entry) => entry.startsWith('warning'))).toBe(true);

  // WeChat's refusal shows the IP it saw, ready to copy, and the way back to the whitelist step.
  const refusal = page.locator('[data-code="ci.invalid-ip"]');
  await expect(refusal).toContainText('203.0.113.7');
  await expect(refusal.getByTestId('precheck-wechat-ip')).toHaveText('203.0.113.7');
  const undeclared = page.locator('[data-code="precheck.private-info-undeclared"]');
  await expect(undeclared).toContainText('getLocation');
  await expect(undeclared).toHaveAttribute('data-location', 'miniprogram/app.json');
  // The privacy guide's card lists the 17 categories with their places.
  await expect(page.getByTestId('privacy-category')).toHaveCount(17);
  await expect(page.locator('[data-category=location]')).toContainText('位置信息');
  await expect(page.locator('[data-code="precheck.domains-unticked"]')).toContainText('request合法域名');
  // Exact sizes, and what was checked.
  await expect(page.getByTestId('compiled-main')).toBeVisible();
  await expect(page.getByTestId('part-connection')).toHaveAttribute('data-status', 'findings');
  await expect(page.getByTestId('part-sizes')).toHaveAttribute('data-status', 'ok');
  // Blocked: the one primary action waits.
  await expect(page.getByTestId('next-upload')).toBeDisabled();
  await expectAccessible(page, 'precheck blocked');
  await screenshotsInBothLanguages(page, '40-precheck-blocked');

  // Fixed: the IP whitelisted (the fake accepts) and the APIs declared; checked again.
  fake.setMode('ok');
  const appJson = path.join(project, 'miniprogram', 'app.json');
  fs.writeFileSync(appJson, JSON.stringify({ ...JSON.parse(fs.readFileSync(appJson, 'utf8')), requiredPrivateInfos: LOCATION_APIS }, null, 2));
  await page.getByTestId('precheck-rerun').click();
  await expect(page.getByTestId('precheck-verdict')).toHaveAttribute('data-ok', 'true');
  const after = await severities(page);
  expect(after.filter((entry) => entry.startsWith('error'))).toEqual([]);
  expect(after).toContain('warning precheck.privacy-guide');
  await expect(page.getByTestId('part-connection')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('next-upload')).toBeEnabled();
  await expectAccessible(page, 'precheck passed');
  await screenshotsInBothLanguages(page, '40-precheck-passed');

  // The domain reminder leads back to the whitelist step, where the entries are ticked.
  await page.locator('[data-code="precheck.domains-unticked"]').getByTestId('precheck-to-whitelist').click();
  await expect(page.getByTestId('step-whitelist')).toBeVisible();
  await page.getByTestId('domains-request').locator('[data-origin="https://api.privacyshop.cn"] input').check();
  await page.getByTestId('nav-precheck').click();
  await page.getByTestId('precheck-rerun').click();
  await expect(page.getByTestId('precheck-verdict')).toHaveAttribute('data-ok', 'true');
  expect(await severities(page)).not.toContain('warning precheck.domains-unticked');

  await page.getByTestId('next-upload').click();
  await expect(page.getByTestId('step-upload')).toBeVisible();
  await expect(page.getByTestId('nav-precheck')).toHaveAttribute('data-done', 'true');
});

test('another proxy is another check: the old result goes and the check runs again', async ({ page }) => {
  await reachPrecheck(page);
  await expect(page.getByTestId('precheck-verdict')).toHaveAttribute('data-ok', 'false');
  await page.getByTestId('open-settings').click();
  await page.getByTestId('proxy-input').fill('http://127.0.0.1:9');
  await page.getByTestId('proxy-save').click();
  await expect(page.getByTestId('proxy-saved')).toBeVisible();
  // The answer made through the old proxy is gone at once; the new one cannot reach WeChat.
  await expect(page.getByTestId('precheck-running')).toBeVisible();
  await expect(page.locator('[data-code="ci.proxy-failed"], [data-code="ci.network"]')).toHaveCount(1);
});
