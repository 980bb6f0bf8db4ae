import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { AppApi } from '../../shared/api';
import { installedElectron } from './electron-binary';

declare global {
  interface Window {
    api: AppApi;
  }
}

// The real app. Runs where the Electron binary is installed (`npm run test:electron` on a
// developer machine); elsewhere every test is skipped with the reason printed.
const binary = installedElectron();
if (!binary) console.log('[electron suite] skipped: the Electron binary is not installed here (no internet to fetch it).');
test.skip(!binary, 'the Electron binary is not installed on this machine');

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-desk-electron-'));
  app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, MP_DESK_USER_DATA: userData },
  });
});

test.afterEach(async () => {
  await app.close();
  fs.rmSync(userData, { recursive: true, force: true });
});

test('the window is isolated from Node and exposes only window.api', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: '第一步：打开小程序项目' })).toBeVisible();
  expect(page.url()).toBe('app://desk/index.html');
  const exposed = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: Object.keys(window.api).sort(),
  }));
  expect(exposed).toEqual({
    require: 'undefined',
    process: 'undefined',
    api: ['app', 'keys', 'mp', 'network', 'on', 'pathForFile', 'project', 'release', 'settings', 'shell', 'whitelist'],
  });
});

test('opens a nested project through the preload and remembers it', async () => {
  const page = await app.firstWindow();
  const folder = path.resolve('e2e/fixtures/projects/nested-shop');
  const report = await page.evaluate((dir) => window.api.project.open({ path: dir }), folder);
  expect(report.summary?.appid).toBe('wx0123456789abcdef');
  await page.reload();
  await expect(page.getByTestId('recent-projects')).toContainText('小店');
  await page.screenshot({ path: 'test-output/screenshots/electron-01-recent.png' });
});
