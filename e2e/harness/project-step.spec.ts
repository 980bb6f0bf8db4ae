import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dropFolder } from '../support/drop-folder';
import { folderBytes } from '../support/folder-bytes';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';

const projects = path.resolve('e2e/fixtures/projects');
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

test('a project nested in a subfolder opens with its summary, sizes and a remembered entry', async ({ page }) => {
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: '第一步：打开小程序项目' })).toBeVisible();
  await page.screenshot({ path: shot('01-project-empty'), fullPage: true });

  await dropFolder(page, path.join(projects, 'nested-shop'));
  await expect(page.getByTestId('project-summary')).toBeVisible();
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('summary-appid')).toHaveText('wx0123456789abcdef');
  await expect(page.getByTestId('summary-name')).toHaveText('小店');
  await expect(page.getByTestId('summary-page-count')).toHaveText('共 5 个页面');
  await expect(page.getByTestId('summary-packages')).toContainText('分包 packageOrder/');

  const codeRoot = path.join(projects, 'nested-shop', 'frontend', 'miniprogram');
  const subBytes = folderBytes(path.join(codeRoot, 'packageOrder'));
  const allBytes = folderBytes(codeRoot);
  await expect(page.getByTestId('size-sub-packageOrder/')).toHaveAttribute('data-bytes', String(subBytes));
  await expect(page.getByTestId('size-main')).toHaveAttribute('data-bytes', String(allBytes - subBytes));
  await expect(page.getByTestId('size-total')).toHaveAttribute('data-bytes', String(allBytes));
  await page.screenshot({ path: shot('02-project-summary'), fullPage: true });

  await page.reload();
  await expect(page.getByTestId('recent-projects')).toContainText('小店');
  await expect(page.getByTestId('recent-projects')).toContainText(path.join(projects, 'nested-shop', 'frontend'));
});

test('a folder with broken JSON shows the Chinese error, the place and the folded detail', async ({ page }) => {
  await page.goto(harness.url);
  await dropFolder(page, path.join(projects, 'broken-json'));
  const card = page.locator('[data-testid=problem-card][data-code="project.json-broken"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('app.json 的格式有错，第 8 行附近');
  await expect(card).toContainText('请开发同事修好这个文件');
  await expect(card.locator('code')).toHaveText('app.json:8:3');
  await expect(card.locator('details')).not.toHaveAttribute('open');
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'false');
  await page.screenshot({ path: shot('03-project-broken-json'), fullPage: true });
});

test('a folder that is not a Mini Program says so and links to the help page', async ({ page }) => {
  const notAProject = fs.mkdtempSync(path.join(os.tmpdir(), 'not-a-project-'));
  fs.writeFileSync(path.join(notAProject, '报价单.xlsx'), 'not code');
  try {
    await page.goto(harness.url);
    await dropFolder(page, notAProject);
    const card = page.locator('[data-testid=problem-card][data-code="project.not-miniprogram"]');
    await expect(card).toContainText('这里没有找到小程序项目');
    await page.screenshot({ path: shot('04-project-not-miniprogram'), fullPage: true });

    await card.getByTestId('problem-link').click();
    const token = await page.evaluate(() => new URL((document.querySelector('script[src*="bridge"]') as HTMLScriptElement).src).searchParams.get('token'));
    await expect
      .poll(async () => (await fetch(`${harness.url}__harness/opened-urls?token=${token}`)).json())
      .toEqual(['https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html']);
  } finally {
    fs.rmSync(notAProject, { recursive: true, force: true });
  }
});

test('the interface switches to English and stays so after a reload', async ({ page }) => {
  await page.goto(harness.url);
  await page.getByTestId('toggle-language').click();
  await expect(page.getByRole('heading', { name: 'Step 1: open the Mini Program project' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Step 1: open the Mini Program project' })).toBeVisible();
  await dropFolder(page, path.join(projects, 'broken-json'));
  await expect(page.locator('[data-code="project.json-broken"]')).toContainText('is not valid JSON');
  await expect(page.locator('[data-code="project.json-broken"]')).toContainText('What to do: ');
  await page.screenshot({ path: shot('05-project-broken-en'), fullPage: true });
  await dropFolder(page, path.join(projects, 'domains-shop'));
  await expect(page.getByTestId('project-verdict')).toContainText('The project passed the checks');
  await expect(page.getByTestId('project-report')).toContainText('4 more notes that do not block the upload');
  await page.screenshot({ path: shot('06-project-warnings-en'), fullPage: true });
});

test('a damaged settings file is set aside with a notice, and the app starts', async ({ page }) => {
  await harness.stop();
  fs.writeFileSync(path.join(harness.dataDir, 'settings.json'), '{"lang": "en", "recentPro');
  harness = await startHarnessProcess({ dataDir: harness.dataDir });
  await page.goto(harness.url);
  const notice = page.locator('[data-code="app.settings-recovered"]');
  await expect(notice).toContainText('设置文件损坏，已另存一份并重新开始');
  const kept = fs.readdirSync(harness.dataDir).filter((name) => name.startsWith('settings.json.corrupt-'));
  expect(kept).toHaveLength(1);
  expect(fs.readFileSync(path.join(harness.dataDir, kept[0]!), 'utf8')).toBe('{"lang": "en", "recentPro');
  await dropFolder(page, path.join(projects, 'nested-shop'));
  await expect(page.getByTestId('summary-appid')).toHaveText('wx0123456789abcdef');
});

test('the proxy is set, refused when malformed, cleared, and kept after a reload', async ({ page }) => {
  await page.goto(harness.url);
  await page.getByTestId('open-settings').click();
  await page.getByTestId('proxy-input').fill('proxy.example.com');
  await page.getByTestId('proxy-save').click();
  await expect(page.getByTestId('proxy-invalid')).toContainText('应为 http://主机:端口');
  await page.getByTestId('proxy-input').fill('http://10.1.2.3:8080');
  await page.getByTestId('proxy-save').click();
  await expect(page.getByTestId('proxy-saved')).toBeVisible();
  await page.reload();
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('proxy-input')).toHaveValue('http://10.1.2.3:8080');
  expect(await page.evaluate(() => window.api.settings.get())).toMatchObject({ proxy: 'http://10.1.2.3:8080' });
  await page.getByTestId('proxy-clear').click();
  await expect(page.getByTestId('proxy-input')).toHaveValue('');
  expect(await page.evaluate(() => window.api.settings.get())).toMatchObject({ proxy: null });
});
