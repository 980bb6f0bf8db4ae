import fs from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { expectAccessible } from '../support/axe';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey } from '../support/test-key';
import { openProjectWithKey } from '../support/wizard-steps';

// Every step, in both themes, scanned by axe: no serious or critical violation.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const broken = path.resolve('e2e/fixtures/projects/broken-json');

let fake: FakeWechat;
let harness: HarnessProcess;
test.beforeEach(async () => {
  fake = await startFakeWechat();
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every step passes axe in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(harness.url);
    await expectAccessible(page, `${colorScheme} project (empty)`);
    await dropFolder(page, broken);
    await page.getByTestId('problem-card').first().waitFor();
    await expectAccessible(page, `${colorScheme} project (problem)`);
    await page.screenshot({ path: path.resolve('test-output/screenshots', `90-${colorScheme}-project-problem.png`), fullPage: true });
    await openProjectWithKey(page, harness.url, fake.proxyUrl, shop, writeTestKey(APPID).file);
    await expectAccessible(page, `${colorScheme} key`);
    for (const step of ['whitelist', 'version', 'precheck', 'upload', 'preview'] as const) {
      await page.getByTestId(`nav-${step}`).click();
      await page.getByTestId(`step-${step}`).waitFor();
      await expectAccessible(page, `${colorScheme} ${step}`);
      if (step === 'whitelist') await page.screenshot({ path: path.resolve('test-output/screenshots', `91-${colorScheme}-whitelist.png`), fullPage: true });
    }
  });
}
