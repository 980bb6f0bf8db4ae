import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';

// The failure walk: WeChat refuses this computer's IP. The pre-upload check shows it, with the IP,
// beside the project's other blocker (location APIs not declared); the operator fixes both and the
// check passes. Then the office's exit changes during the upload: the upload fails with the new IP,
// the operator whitelists it and retries, and the upload succeeds with every input as typed.
const APPID = 'wx4444444444444444';
const FIXTURE = path.resolve('e2e/fixtures/projects/privacy-shop');
const LOCATION_APIS = ['getLocation', 'onLocationChange', 'startLocationUpdate', 'chooseAddress', 'choosePoi', 'chooseLocation'];
const NOTES = '新增门店定位';

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;
let project: string;

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey }, clientIp: '203.0.113.7' });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'failure-walk-'));
  fs.cpSync(FIXTURE, project, { recursive: true });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
  fs.rmSync(project, { recursive: true, force: true });
});

test('a refused IP shown with the other blockers, fixed, and an upload retried with every input kept', async ({ page }) => {
  test.setTimeout(240_000);
  fake.setMode('invalid-ip');
  await page.goto(harness.url);
  await page.evaluate((settings) => window.api.settings.update(settings), { proxy: fake.proxyUrl, ipEchoServices: [fake.echoUrl()] });
  await dropFolder(page, project);
  await page.getByTestId('next-key').click();
  await dropFolder(page, key.file, 'key-dropzone');
  await page.getByTestId('next-whitelist').click();
  await page.getByTestId('next-version').click();
  await page.getByTestId('version-input').fill('2.1.0');
  await page.getByTestId('robot-input').fill('3');
  await page.getByTestId('notes-input').fill(NOTES);
  await page.getByTestId('next-precheck').click();

  // One list: WeChat's refusal, with the IP it saw, beside the undeclared location APIs.
  const verdict = page.getByTestId('precheck-verdict');
  await expect(verdict).toHaveAttribute('data-ok', 'false', { timeout: 90_000 });
  const blockers = page.locator('[data-testid=precheck-findings] > [data-testid=problem-card][data-severity=error]');
  await expect(blockers).toHaveCount(2);
  await expect(page.locator('[data-code="ci.invalid-ip"]')).toContainText('203.0.113.7');
  await expect(page.locator('[data-code="precheck.private-info-undeclared"]')).toBeVisible();
  await expect(page.getByTestId('next-upload')).toBeDisabled();
  await page.screenshot({ path: path.resolve('test-output/screenshots', '51-failure-precheck.png'), fullPage: true });

  // Fixed: the IP whitelisted (the fake accepts it now) and the APIs declared; checked again.
  fake.setMode('ok');
  const appJson = path.join(project, 'miniprogram', 'app.json');
  fs.writeFileSync(appJson, JSON.stringify({ ...JSON.parse(fs.readFileSync(appJson, 'utf8')), requiredPrivateInfos: LOCATION_APIS }, null, 2));
  await page.getByTestId('precheck-rerun').click();
  await expect(verdict).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  await page.getByTestId('next-upload').click();

  // The exit changes while uploading: refused again, with the new IP, and nothing received.
  fake.setMode('invalid-ip');
  await page.getByTestId('upload-start').click();
  const refusal = page.locator('[data-code="ci.invalid-ip"]');
  await expect(refusal).toContainText('203.0.113.7', { timeout: 90_000 });
  expect(fake.uploads.filter((upload) => upload.kind === 'upload' && upload.signatureVerified && upload.mode === 'ok')).toHaveLength(0);
  await expect(page.getByTestId('upload-start')).toContainText('用同样的内容重试');
  await page.screenshot({ path: path.resolve('test-output/screenshots', '52-failure-upload.png'), fullPage: true });

  // Whitelisted again; the retry sends exactly what was typed.
  fake.setMode('ok');
  await page.getByTestId('upload-start').click();
  await expect(page.getByTestId('upload-result')).toBeVisible({ timeout: 90_000 });
  expect(fake.uploads.at(-1)).toMatchObject({ kind: 'upload', appid: APPID, version: '2.1.0', robot: '3', desc: NOTES, signatureVerified: true });
});
