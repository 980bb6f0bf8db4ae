import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTRACT, type AppApi } from '../../shared/api';
import { launchApp, skipWithoutElectron, type LaunchedApp } from './launch-app';

declare global {
  interface Window {
    api: AppApi;
  }
}

skipWithoutElectron();

let launched: LaunchedApp;

test.beforeEach(async () => {
  launched = await launchApp();
});
test.afterEach(async () => {
  await launched.close();
});

test('the window is isolated from Node and exposes only window.api', async () => {
  const { page } = launched;
  await expect(page.getByRole('heading', { name: '第一步：打开小程序项目' })).toBeVisible();
  expect(page.url()).toBe('app://desk/index.html');
  const exposed = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: Object.keys(window.api).sort(),
  }));
  // Every domain of the contract, plus the two parts the preload adds itself.
  const expected = [...Object.keys(CONTRACT), 'on', 'pathForFile'].sort();
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: expected });
});

test('opens a nested project through the preload and remembers it', async () => {
  const { page } = launched;
  const folder = path.resolve('e2e/fixtures/projects/nested-shop');
  const report = await page.evaluate((dir) => window.api.project.open({ path: dir }), folder);
  expect(report.summary?.appid).toBe('wx0123456789abcdef');
  await page.reload();
  await expect(page.getByTestId('recent-projects')).toContainText('小店');
  await page.screenshot({ path: 'test-output/screenshots/electron-01-recent.png' });
});
