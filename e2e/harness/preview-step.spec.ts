import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { trialLink } from '../../shared/trial-link';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { decodeQrDataUrl, decodeQrPng } from '../support/decode-qr';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';
import { openProjectWithKey } from '../support/wizard-steps';
import { openedUrls } from '../support/admin-links';

// The 预览 / 体验版 step against the harness and the fake WeChat: the preview QR and the 体验版 QR are
// decoded here as a phone would read them, the 体验版 robot is recorded, the history is filtered,
// exported and read back, and it is still there after a reload.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const projectRoot = path.join(shop, 'frontend');
const shot = (name: string) => path.resolve('test-output/screenshots', `${name}.png`);

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;
let saveDir: string;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-desk-saved-'));
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey }, clientIp: '203.0.113.7' });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath, MP_HARNESS_SAVE_DIR: saveDir } });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
  fs.rmSync(saveDir, { recursive: true, force: true });
});

/** An upload as the upload step makes it: through window.api, resolving with the job's outcome. */
async function upload(page: Page, version: string, robot: number) {
  return page.evaluate(
    ({ root, v, r }) => window.api.release.upload({ jobId: crypto.randomUUID(), projectRoot: root, version: v, robot: r, desc: `notes for ${v}, "quoted"` }),
    { root: projectRoot, v: version, r: robot },
  );
}

const savedFiles = () => fs.readdirSync(saveDir).sort();
const imgSrc = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('src') as Promise<string>;

test('preview QR, 体验版 robot and QR, history filtered, exported and kept', async ({ page }) => {
  test.setTimeout(240_000);
  await openProjectWithKey(page, harness.url, fake.proxyUrl, shop, key.file);
  await page.evaluate(() => window.api.settings.update({ operatorName: '小王' }));

  // Three uploads before the step: robot 1, a refused one (IP whitelist), then robot 2.
  expect(await upload(page, '1.0.0', 1)).toMatchObject({ ok: true });
  fake.setMode('invalid-ip');
  expect(await upload(page, '1.0.1', 1)).toMatchObject({ ok: false, problem: { code: 'ci.invalid-ip' } });
  fake.setMode('ok');
  expect(await upload(page, '1.0.2', 2)).toMatchObject({ ok: true });

  await page.getByTestId('nav-preview').click();
  const step = page.getByTestId('step-preview');
  await expect(step).toBeVisible();

  // The preview QR, for the cart page with a query: decoded, it is what the fake WeChat encoded.
  await page.getByTestId('preview-page').selectOption('pages/cart/cart');
  await page.getByTestId('preview-query').fill('from=desk');
  await page.getByTestId('make-preview').click();
  await expect(page.getByTestId('preview-qr')).toBeVisible();
  const previewed = fake.uploads.at(-1)!;
  expect(previewed).toMatchObject({ kind: 'preview', signatureVerified: true });
  expect(previewed.query.path).toBe('pages/cart/cart?from=desk');
  expect(decodeQrDataUrl(await imgSrc(page, 'preview-qr'))).toBe(previewed.qrContent);
  await expect(page.getByTestId('preview-expiry')).toContainText(/大约还有 2[45] 分/);
  await expect(step).toContainText('未经核实');

  // Saved where the operator chose (the harness's preset folder): the same picture, as a file.
  await page.getByTestId('save-preview-qr').click();
  await expect(page.getByTestId('preview-qr-saved')).toBeVisible();
  const previewFile = (await page.getByTestId('preview-qr-saved').getAttribute('data-file'))!;
  expect(path.dirname(previewFile)).toBe(saveDir);
  expect(path.basename(previewFile)).toMatch(/^preview-qr-wx0123456789abcdef-\d{8}-\d{4}\.png$/);
  expect(decodeQrPng(fs.readFileSync(previewFile))).toBe(previewed.qrContent);

  // 「重新生成」: a new preview job, a new QR (the fake numbers its requests), the saved note gone.
  await page.getByTestId('remake-preview').click();
  await expect.poll(() => fake.uploads.filter((u) => u.kind === 'preview').length).toBe(2);
  await expect(page.getByTestId('preview-qr-saved')).toHaveCount(0);
  await expect(page.getByTestId('preview-qr')).toBeVisible();
  const remade = fake.uploads.at(-1)!;
  expect(remade.qrContent).not.toBe(previewed.qrContent);
  expect(decodeQrDataUrl(await imgSrc(page, 'preview-qr'))).toBe(remade.qrContent);

  // The 体验版 QR for the same page: the getexpappinfo link, drawn locally, saved, its link copied.
  const expectedLink = trialLink(APPID, 'pages/cart/cart', 'from=desk');
  expect(expectedLink).toBe('https://open.weixin.qq.com/sns/getexpappinfo?appid=wx0123456789abcdef&path=pages%2Fcart%2Fcart.html%3Ffrom%3Ddesk#wechat-redirect');
  await expect(page.getByTestId('trial-link')).toHaveText(expectedLink);
  expect(decodeQrDataUrl(await imgSrc(page, 'trial-qr'))).toBe(expectedLink);
  await page.getByTestId('save-trial-qr').click();
  const trialFile = (await page.getByTestId('trial-qr-saved').getAttribute('data-file'))!;
  expect(decodeQrPng(fs.readFileSync(trialFile))).toBe(expectedLink);
  await page.getByTestId('copy-trial-link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedLink);
  await page.getByTestId('copy-trial-qr').click();
  await expect(page.getByTestId('copy-trial-qr')).toContainText('图片已复制');
  expect(savedFiles()).toHaveLength(2);

  // 版本管理 is one click away, through the session-aware deep link.
  await page.getByTestId('open-versions').click();
  await expect.poll(() => openedUrls(page, harness.url)).toContainEqual(expect.stringContaining('wxamp%2Fwacodepage%2Fgetcodepage'));

  // The ledger: nothing recorded, so the last upload's effect is unknown; robot 1 recorded, robot 2's upload warns.
  await expect(page.getByTestId('trial-last')).toHaveAttribute('data-state', 'unknown');
  await page.getByTestId('trial-robot-select').selectOption('1');
  await page.getByTestId('trial-robot-save').click();
  await expect(page.getByTestId('trial-recorded')).toHaveAttribute('data-robot', '1');
  await expect(page.getByTestId('trial-last')).toHaveAttribute('data-state', 'other');
  await expect(page.getByTestId('trial-last')).toContainText('体验版不会变');
  await page.screenshot({ path: shot('60-preview-zh'), fullPage: true });

  // Robot 2 is the 体验版 now: its next upload updates it without a visit, and the history marks it.
  await page.getByTestId('trial-robot-forget').click();
  await page.getByTestId('trial-robot-select').selectOption('2');
  await page.getByTestId('trial-robot-save').click();
  await expect(page.getByTestId('trial-last')).toHaveAttribute('data-state', 'same');
  expect(await upload(page, '1.0.3', 2)).toMatchObject({ ok: true });

  // Reloaded: the project reopens at this step, and the history and the ledger are as kept.
  await page.reload();
  await page.getByTestId('recent-projects').getByRole('button', { name: /wx0123456789abcdef/ }).click();
  await expect(step).toBeVisible();
  const history = step.getByTestId('history');
  await expect(history.getByTestId('history-row')).toHaveCount(6);
  await expect(page.getByTestId('trial-recorded')).toHaveAttribute('data-robot', '2');
  await expect(page.getByTestId('trial-last')).toHaveAttribute('data-state', 'same');
  const newest = history.getByTestId('history-row').first();
  await expect(newest).toHaveAttribute('data-trial', 'true');
  await expect(newest).toContainText('1.0.3');
  await expect(newest).toContainText('小王');
  await expect(newest).toContainText('主包');
  await expect(history.getByTestId('sparkline').locator('circle')).toHaveCount(3);

  // Filtered: failed uploads, then text (the problem's own words match too).
  await history.getByTestId('history-filter-kind').selectOption('upload');
  await expect(history.getByTestId('history-row')).toHaveCount(4);
  await history.getByTestId('history-filter-result').selectOption('failed');
  await expect(history.getByTestId('history-row')).toHaveCount(1);
  await expect(history.getByTestId('history-problem')).toHaveAttribute('data-code', 'ci.invalid-ip');
  await expect(history.getByTestId('history-problem')).toContainText('203.0.113.7');
  await history.getByTestId('history-filter-result').selectOption('all');
  await history.getByTestId('history-filter-text').fill('白名单');
  await expect(history.getByTestId('history-row')).toHaveCount(1);
  await history.getByTestId('history-filter-text').fill('');
  await expect(history.getByTestId('history-row')).toHaveCount(4);

  // Exported as the filter stands (the four uploads) and read back.
  await history.getByTestId('history-export').click();
  await expect(history.getByTestId('history-exported')).toContainText('已导出 4 条记录');
  const csvFile = (await history.getByTestId('history-exported').getAttribute('data-file'))!;
  const bytes = fs.readFileSync(csvFile);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('时间,类型,结果,版本号,备注,机器人,操作人,用时（秒）,主包（字节）,总大小（字节）,分包（字节）,体验版,问题代码,问题,审核状态,提交审核日期,审核结果日期,发布日期');
  expect(lines.slice(1, -1).map((line) => line.split(',')[3])).toEqual(['1.0.0', '1.0.1', '1.0.2', '1.0.3']);
  expect(lines[1]).toContain('"notes for 1.0.0, ""quoted"""');
  expect(lines[2]).toContain(',失败,1.0.1,');
  expect(lines[2]).toContain('ci.invalid-ip');
  // No review recorded for these versions yet: the review columns say so, with no dates.
  expect(lines[4]).toMatch(/,体验版,,,未提交审核,,,$/);
  await history.screenshot({ path: shot('61-history-zh') });
  await history.getByTestId('history-filter-kind').selectOption('all');

  // The top bar's 历史 shows the same history over any step.
  await page.getByTestId('nav-project').click();
  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-drawer').getByTestId('history-row')).toHaveCount(6);
  await page.getByTestId('close-history').click();
  await expect(page.getByTestId('history-drawer')).toHaveCount(0);

  // English: the same step and history in the other language.
  await page.getByTestId('toggle-language').click();
  await page.getByTestId('nav-preview').click();
  await expect(step).toContainText('Preview QR code');
  await expect(page.getByTestId('trial-recorded')).toContainText('robot 2');
  await page.getByTestId('preview-page').selectOption('packageOrder/pages/list/list');
  await page.getByTestId('make-preview').click();
  await expect(page.getByTestId('preview-expiry')).toContainText(/Expires in about 2[45] min/);
  expect(fake.uploads.at(-1)?.query.path).toBe('packageOrder/pages/list/list');
  await expect(page.getByTestId('trial-link')).toHaveText(trialLink(APPID, 'packageOrder/pages/list/list'));
  await page.screenshot({ path: shot('60-preview-en'), fullPage: true });
  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-drawer')).toContainText('Showing 7 of 7 records');
  await page.getByTestId('history-drawer').screenshot({ path: shot('61-history-en') });
  await page.getByTestId('close-history').click();

  // The step's next action ticks it and opens 提交审核.
  await page.getByTestId('next-submit').click();
  await expect(page.getByTestId('step-submit')).toBeVisible();
  await expect(page.getByTestId('nav-preview')).toHaveAttribute('data-done', 'true');
});

test('a preview whose QR is not an image is refused with its card, and recorded as failed', async ({ page }) => {
  await openProjectWithKey(page, harness.url, fake.proxyUrl, shop, key.file);
  await page.getByTestId('nav-preview').click();
  fake.setMode('qr-not-image');
  await page.getByTestId('make-preview').click();
  await expect(page.getByTestId("preview-card").locator('[data-code="preview.qr-not-image"]')).toBeVisible();
  await expect(page.getByTestId('preview-qr')).toHaveCount(0);
  await expect(page.getByTestId('history').getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('history').getByTestId('history-row')).toHaveAttribute('data-ok', 'false');
  expect(fs.readdirSync(saveDir)).toEqual([]);
});

test('the size trend warns as the main package nears the 2 MB limit', async ({ page }) => {
  // A history as kept on disk: four uploads whose main package grew to 81% of 2 MB.
  await harness.stop();
  const MB = 1024 * 1024;
  const records = [1.2, 1.35, 1.48, 1.62].map((mb, i) => ({
    id: `upload-${i}`, appid: APPID, projectRoot, kind: 'upload', version: `2.0.${i}`, desc: null, robot: 1, operator: '',
    startedAt: new Date(Date.UTC(2026, 10, 20 + i, 2)).toISOString(), durationMs: 5000, trialVersion: false,
    outcome: { ok: true, sizes: [{ name: '__FULL__', bytes: Math.round((mb + 0.3) * MB) }, { name: '__APP__', bytes: Math.round(mb * MB) }] },
  }));
  fs.writeFileSync(path.join(harness.dataDir, 'history.json'), JSON.stringify({ schemaVersion: 1, records }));
  harness = await startHarnessProcess({ dataDir: harness.dataDir, env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });

  await page.goto(harness.url);
  await dropFolder(page, shop);
  await page.getByTestId('open-history').click();
  const drawer = page.getByTestId('history-drawer');
  await expect(drawer.getByTestId('sparkline').locator('circle')).toHaveCount(4);
  await expect(drawer.getByTestId('size-trend')).toHaveAttribute('data-level', 'near');
  await expect(drawer.getByTestId('size-warning')).toContainText('2 MB 上限的 81%');
  await expect(drawer.getByTestId('size-warning')).toContainText('超过 75% 就提醒');
  await drawer.getByTestId('size-trend').screenshot({ path: shot('61-history-size-warning-zh') });
  await page.getByTestId('close-history').click();
  await page.getByTestId('toggle-language').click();
  await page.getByTestId('open-history').click();
  await expect(drawer.getByTestId('size-warning')).toContainText('81% of the 2 MB limit');
  await drawer.getByTestId('size-trend').screenshot({ path: shot('61-history-size-warning-en') });
});
