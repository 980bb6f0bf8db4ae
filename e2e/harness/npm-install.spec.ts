import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { closedRegistryUrl, startFakeNpmRegistry, type FakeNpmRegistry } from '../fake-npm/fake-npm-registry';
import { installedVersion, SHOP_PACKAGES, writeNpmProject } from '../fake-npm/npm-project';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';

// A project checked out of git (no node_modules): the check blocks on the missing npm packages,
// the operator confirms the install (told where node_modules goes), watches it, and the check passes.

const shot = (name: string) => path.resolve('test-output/screenshots', `${name}.png`);

let harness: HarnessProcess;
let registry: FakeNpmRegistry;
let root: string;
test.beforeEach(async () => {
  [harness, registry] = await Promise.all([startHarnessProcess(), startFakeNpmRegistry({ packages: SHOP_PACKAGES })]);
  root = writeNpmProject(registry, { lockfile: true });
});
test.afterEach(async () => {
  // Stopping the harness cancels its jobs and waits for their processes.
  await harness.stop();
  await registry.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
  fs.rmSync(root, { recursive: true, force: true });
});

test('missing npm packages block; the confirmed install shows progress and the check then passes', async ({ page }) => {
  await page.goto(harness.url);
  await page.evaluate((url) => window.api.settings.update({ npmRegistry: url }), registry.url);
  await dropFolder(page, root);
  const card = page.locator('[data-testid=problem-card][data-code="project.npm-missing"]');
  await expect(card).toContainText('代码用到的 2 个 npm 包还没有安装：@shop/price, dayjs');
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'false');

  await card.getByTestId('npm-install').click();
  const confirmation = card.getByTestId('npm-install-confirmation');
  await expect(confirmation.getByTestId('npm-install-folder')).toHaveText(path.join(root, 'miniprogram'));
  await expect(confirmation).toContainText('写进下面这个文件夹里的 node_modules 文件夹');
  await expect(confirmation).toContainText('版本按项目 package-lock.json 里锁定的来');
  await page.screenshot({ path: shot('npm-install-confirm'), fullPage: true });

  // Tarballs wait until released, so the bar is seen part way.
  const release = registry.holdTarballs();
  await confirmation.getByTestId('npm-install-confirm').click();
  const progress = card.getByTestId('npm-install-progress');
  await expect(progress).toContainText('安装 npm 包');
  await expect(progress).toHaveAttribute('data-percent', '10');
  await page.screenshot({ path: shot('npm-install-progress'), fullPage: true });
  release();

  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'true');
  await expect(page.locator('[data-code="project.npm-missing"]')).toHaveCount(0);
  expect(installedVersion(root, 'dayjs')).toBe('1.11.10');
  await page.screenshot({ path: shot('npm-install-done'), fullPage: true });
});

test('an install that cannot reach the registry says so in a card, and can be tried again', async ({ page }) => {
  const closed = await closedRegistryUrl();
  await page.goto(harness.url);
  // The registry as the operator sets it: a malformed address is refused, a good one kept.
  await page.getByTestId('open-settings').click();
  await page.getByTestId('npm-registry-input').fill('registry.npmmirror.com');
  await page.getByTestId('npm-registry-save').click();
  await expect(page.getByTestId('npm-registry-invalid')).toContainText('npm 仓库地址格式不对');
  await page.getByTestId('npm-registry-input').fill(closed);
  await page.getByTestId('npm-registry-save').click();
  await expect(page.getByTestId('npm-registry-saved')).toBeVisible();
  expect(await page.evaluate(() => window.api.settings.get())).toMatchObject({ npmRegistry: closed });
  await dropFolder(page, root);
  const card = page.locator('[data-testid=problem-card][data-code="project.npm-missing"]');
  await card.getByTestId('npm-install').click();
  await card.getByTestId('npm-install-confirm').click();
  const failure = card.locator('[data-testid=problem-card][data-code="npm.offline"]');
  await expect(failure).toContainText(`连不上 npm 仓库 ${closed}`);
  await expect(failure).toContainText('在「设置」里换一个连得上的 npm 仓库');
  await page.screenshot({ path: shot('npm-install-offline'), fullPage: true });

  await page.evaluate((url) => window.api.settings.update({ npmRegistry: url }), registry.url);
  await card.getByTestId('npm-install').click();
  await card.getByTestId('npm-install-confirm').click();
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'true');
});
