import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { harnessToken } from '../support/admin-links';
import { expectAccessible } from '../support/axe';
import { prepareBatchProjects } from '../support/batch-prepare';
import { BATCH_APPIDS, makeBatchProjects } from '../support/batch-projects';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';

// 批量发布 while it runs: the fake WeChat never answers the second and third appids' uploads, so with
// two rows at a time the first row ends while the batch is still running. Its row says 成功 at once
// (the batch:row events), the others 上传中; 「停止」 cancels both running jobs; the desktop gets one
// note for the batch and none per row; 「重试」 then uploads the two. axe runs on the picker and on
// the page with its failed rows. After a restart, 批量发布 shows the last batch and its retry works.
const [FIRST, SECOND, THIRD] = BATCH_APPIDS;

let fake: FakeWechat;
let harness: HarnessProcess;
let projects: string[];
let workDir: string;
let keys: TestKey[];

test.beforeEach(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-batch-cancel-'));
  projects = makeBatchProjects(workDir);
  keys = BATCH_APPIDS.map((appid) => writeTestKey(appid));
  fake = await startFakeWechat({ apps: Object.fromEntries(BATCH_APPIDS.map((appid, i) => [appid, keys[i]!.publicKey])) });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
});

async function desktopNotes(page: Page): Promise<Array<{ title: string; body: string; ok: boolean }>> {
  const response = await fetch(`${harness.url}__harness/desktop-notes?token=${await harnessToken(page)}`);
  return (await response.json()) as Array<{ title: string; body: string; ok: boolean }>;
}

test('a row shows 成功 while the batch runs; a reloaded window follows it; 停止 cancels the running rows; one desktop note per batch; the retry uploads them', async ({ page }) => {
  test.setTimeout(240_000);
  fake.setAppMode(SECOND, 'never-answer');
  fake.setAppMode(THIRD, 'never-answer');
  await page.goto(harness.url);
  await prepareBatchProjects(page, { proxy: fake.proxyUrl, projects, keys, appids: BATCH_APPIDS });

  await page.getByTestId('open-batch').click();
  const batch = page.getByTestId('batch-page');
  for (const appid of BATCH_APPIDS) await batch.locator(`[data-testid="batch-pick"][data-appid="${appid}"]`).getByTestId('batch-pick-box').check();
  await batch.getByTestId('batch-version').fill('3.0.0');
  await batch.getByTestId('batch-desc').fill('周末活动');
  await expectAccessible(page, '批量发布 (picker)');
  await batch.getByTestId('batch-start').click();

  const row = (appid: string) => batch.locator(`[data-testid="batch-row"][data-appid="${appid}"]`);
  // Rows 1 and 2 start; row 1 succeeds and row 3 takes its place; 2 and 3 wait on WeChat for ever.
  await expect(row(FIRST)).toHaveAttribute('data-state', 'ok', { timeout: 120_000 });
  await expect(row(THIRD)).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
  await expect(row(SECOND)).toHaveAttribute('data-state', 'running');
  await expect(batch.getByTestId('batch-summary')).toHaveCount(0);
  // Both held uploads reached WeChat, so 停止 cancels jobs that really are mid-upload.
  await expect.poll(() => fake.uploads.filter((u) => u.appid !== FIRST).length, { timeout: 120_000 }).toBe(2);
  await page.screenshot({ path: path.resolve('test-output/screenshots', '97-batch-running.png'), fullPage: true });

  // A reloaded window finds the running batch and follows it to its end.
  await page.reload();
  await page.getByTestId('open-batch').click();
  await expect(row(FIRST)).toHaveAttribute('data-state', 'ok');
  await expect(row(SECOND)).toHaveAttribute('data-state', 'running');
  await batch.getByTestId('batch-cancel').click();
  await expect(batch.getByTestId('batch-summary')).toHaveText('完成：3 个项目中 1 个成功，2 个失败。', { timeout: 60_000 });
  for (const appid of [SECOND, THIRD]) {
    await expect(row(appid)).toHaveAttribute('data-state', 'failed');
    await expect(row(appid).locator('[data-code="ci.cancelled"]')).toBeVisible();
  }
  await expectAccessible(page, '批量发布 (failed rows)');

  // The desktop heard once, of the batch, naming the rows that did not succeed; nothing per row.
  await expect.poll(async () => (await desktopNotes(page)).length).toBe(1);
  const [note] = await desktopNotes(page);
  expect(note).toMatchObject({ title: '❌ 批量发布结束：3 个项目中 2 个没有成功', ok: false });
  expect(note!.body).toContain(`shop-2 (${SECOND})`);
  expect(note!.body).toContain(`shop-3 (${THIRD})`);
  expect(note!.body).not.toContain(FIRST);

  fake.setAppMode(SECOND, null);
  fake.setAppMode(THIRD, null);
  await batch.getByTestId('batch-retry').click();
  await expect(batch.getByTestId('batch-summary')).toHaveText('完成：3 个项目中 3 个成功，0 个失败。', { timeout: 120_000 });
  const accepted = fake.uploads.filter((u) => u.signatureVerified && u.mode === 'ok').map((u) => u.appid);
  expect(accepted.sort()).toEqual([...BATCH_APPIDS].sort());
  await expect.poll(async () => (await desktopNotes(page)).map((n) => n.title)).toEqual([
    '❌ 批量发布结束：3 个项目中 2 个没有成功',
    '✅ 批量发布完成：3 个项目全部上传成功',
  ]);
});

test('after a restart, 批量发布 shows the last batch with its failed row, and 重试 uploads it', async ({ page }) => {
  test.setTimeout(240_000);
  fake.setAppMode(SECOND, 'invalid-ip');
  await page.goto(harness.url);
  await prepareBatchProjects(page, { proxy: fake.proxyUrl, projects, keys, appids: BATCH_APPIDS });
  await page.getByTestId('open-batch').click();
  const batch = page.getByTestId('batch-page');
  for (const appid of BATCH_APPIDS) await batch.locator(`[data-testid="batch-pick"][data-appid="${appid}"]`).getByTestId('batch-pick-box').check();
  await batch.getByTestId('batch-version').fill('3.1.0');
  await batch.getByTestId('batch-start').click();
  await expect(batch.getByTestId('batch-summary')).toHaveText('完成：3 个项目中 2 个成功，1 个失败。', { timeout: 180_000 });

  await harness.stop();
  harness = await startHarnessProcess({ dataDir: harness.dataDir, env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
  await page.goto(harness.url);
  await page.getByTestId('open-batch').click();
  const row = (appid: string) => batch.locator(`[data-testid="batch-row"][data-appid="${appid}"]`);
  await expect(batch.getByTestId('batch-summary')).toHaveText('完成：3 个项目中 2 个成功，1 个失败。');
  await expect(row(SECOND).locator('[data-code="ci.invalid-ip"]')).toBeVisible();

  fake.setAppMode(SECOND, null);
  await batch.getByTestId('batch-retry').click();
  await expect(batch.getByTestId('batch-summary')).toHaveText('完成：3 个项目中 3 个成功，0 个失败。', { timeout: 120_000 });
  expect(fake.uploads.filter((u) => u.signatureVerified && u.mode === 'ok').map((u) => [u.appid, u.version]).sort()).toEqual(BATCH_APPIDS.map((appid) => [appid, '3.1.0']));
  // 「新的批量发布」 goes back to the picker and stays there.
  await batch.getByTestId('batch-new').click();
  await expect(batch.getByTestId('batch-start')).toBeVisible();
});
