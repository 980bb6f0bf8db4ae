import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';

// The edges of a dropped folder in the project step. A folder that holds two projects side by side
// opens neither: the step asks the operator to choose, and the chosen one opens as if its own folder
// had been dropped. A whole disk is answered at once, not walked.
const TWO_PROJECTS = path.resolve('e2e/fixtures/projects/two-projects');
const shotDir = path.resolve('test-output/screenshots');
const shot = (name: string) => path.join(shotDir, `${name}.png`);

let harness: HarnessProcess;
test.beforeEach(async () => {
  harness = await startHarnessProcess();
});
test.afterEach(async () => {
  await harness.stop();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
});

test('a folder of two projects asks which one, and opens the one chosen', async ({ page }) => {
  await page.goto(harness.url);
  await dropFolder(page, TWO_PROJECTS);

  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'false');
  const card = page.locator('[data-testid=problem-card][data-code="project.choose-root"]');
  await expect(card).toContainText('这个文件夹里有 2 个小程序项目，请选择要发布的那一个。');
  await expect(card).toContainText('点下面列出的项目打开它');
  await expect(page.getByTestId('project-summary')).toHaveCount(0);

  const chooser = page.getByTestId('project-chooser');
  await expect(chooser).toContainText('选择要发布的项目');
  const options = chooser.getByTestId('choose-root');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toHaveAttribute('data-folder', 'admin');
  await expect(options.nth(0)).toContainText('店长后台');
  await expect(options.nth(0)).toContainText('wx2222222222222222');
  await expect(options.nth(0)).toContainText('文件夹 admin/');
  await expect(options.nth(1)).toContainText('小店');
  await expect(options.nth(1)).toContainText('wx0123456789abcdef');
  await expect(options.nth(1)).toContainText('文件夹 shop/');
  await page.screenshot({ path: shot('07-project-chooser'), fullPage: true });

  await options.nth(1).click();
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('summary-appid')).toHaveText('wx0123456789abcdef');
  await expect(page.getByTestId('summary-name')).toHaveText('小店');
  await expect(page.getByTestId('project-chooser')).toHaveCount(0);
  await expect(page.getByTestId('recent-projects')).toContainText(path.join(TWO_PROJECTS, 'shop'));
  await page.screenshot({ path: shot('08-project-chosen'), fullPage: true });
});

test('the chooser speaks English too', async ({ page }) => {
  await page.goto(harness.url);
  await page.getByTestId('toggle-language').click();
  await dropFolder(page, TWO_PROJECTS);
  await expect(page.locator('[data-code="project.choose-root"]')).toContainText('This folder holds 2 Mini Program projects; choose the one to release.');
  const chooser = page.getByTestId('project-chooser');
  await expect(chooser).toContainText('Choose the project to release');
  await expect(chooser.getByTestId('choose-root').nth(0)).toContainText('folder admin/');
  await page.screenshot({ path: shot('09-project-chooser-en'), fullPage: true });
});

test('the whole disk dropped is answered at once, not searched', async ({ page }) => {
  await page.goto(harness.url);
  await dropFolder(page, '/');
  const card = page.locator('[data-testid=problem-card][data-code="project.drop-too-broad"]');
  await expect(card).toContainText('拖入的是整个磁盘（/），不是一个小程序项目文件夹。');
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'false');
});
