import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';
import { openProjectWithKey } from '../support/wizard-steps';

// 导出诊断信息 from the settings panel, with a key, a reviewer's test account, a proxy with credentials
// and webhooks in the app: the saved zip is opened and searched for every one of them.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const PROXY_PASSWORD = 'pr0xy-Pa55word';
const PROXY = `http://desk-proxy-user:${PROXY_PASSWORD}@127.0.0.1:3128`;
const ACCOUNT = { username: 'reviewer-13800138000', password: 'Rev1ewer-Secret-Pw', note: 'tap 我的 then 登录' };
const WEBHOOKS = [
  'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa',
  'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX',
  'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef',
  'https://open.feishu.cn/open-apis/bot/v2/hook/0b5a1d2e-aaaa-bbbb',
];

let key: TestKey;
let harness: HarnessProcess;
let saveDir: string;

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-desk-saved-'));
  harness = await startHarnessProcess({ env: { MP_HARNESS_SAVE_DIR: saveDir } });
});
test.afterEach(async () => {
  await harness.stop();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
  fs.rmSync(saveDir, { recursive: true, force: true });
});

test('the diagnostics zip holds logs, versions and settings, and no key, account, proxy password or webhook', async ({ page }) => {
  await openProjectWithKey(page, harness.url, PROXY, shop, key.file);
  expect(await page.evaluate((account) => window.api.reviewAccount.set({ appid: 'wx0123456789abcdef', ...account }), ACCOUNT)).toMatchObject({ ok: true });
  await page.evaluate((webhook) => window.api.settings.update({ ipEchoServices: [webhook] }), WEBHOOKS[2]!);
  // What an older build (or a library quoting its input) might have logged: the export must not lean on the writer.
  const log = path.join(harness.dataDir, 'logs', 'app.log');
  fs.appendFileSync(log, [...WEBHOOKS, `${ACCOUNT.username}:${ACCOUNT.password}`, PROXY, os.homedir()].map((text) => `2026-12-01T00:00:00.000Z INFO ${text}\n`).join(''));

  await page.getByTestId('open-settings').click();
  await page.getByTestId('export-diagnostics').click();
  const saved = page.getByTestId('diagnostics-saved');
  await expect(saved).toBeVisible();
  await page.screenshot({ path: path.resolve('test-output/screenshots', 'diagnostics-saved.png'), fullPage: true });

  const file = (await saved.getAttribute('data-file'))!;
  expect(path.dirname(file)).toBe(saveDir);
  expect(path.basename(file)).toMatch(/^mp-release-desk-diagnostics-\d{8}-\d{4}\.zip$/);
  const files = Object.fromEntries(Object.entries(unzipSync(fs.readFileSync(file))).map(([name, bytes]) => [name, strFromU8(bytes)]));
  expect(Object.keys(files).sort()).toEqual(['logs/app.log', 'settings.json', 'versions.json']);
  expect(files['logs/app.log']).toContain('reviewAccount:set ok');

  const all = Object.values(files).join('\n');
  for (const fragment of key.fragments) expect(all).not.toContain(fragment);
  expect(all).not.toContain('PRIVATE KEY');
  for (const secret of [ACCOUNT.username, ACCOUNT.password, PROXY_PASSWORD, 'desk-proxy-user']) expect(all).not.toContain(secret);
  expect(all).not.toMatch(/webhook|hooks\.slack\.com|oapi\.dingtalk\.com|open\.feishu\.cn|[?&](key|token|access_token)=/i);
  expect(all).not.toContain(path.join(shop, 'frontend'));
  if (os.homedir().length > 1) expect(all).not.toContain(os.homedir());

  const settings = JSON.parse(files['settings.json']!) as { proxy: string; recentProjects: Array<{ appid: string; folder: string }> };
  expect(settings.proxy).toBe('http://[credentials]@127.0.0.1:3128');
  expect(settings.recentProjects).toEqual([expect.objectContaining({ appid: APPID, folder: expect.stringMatching(/^project-[0-9a-f]{8}$/) })]);
  expect(JSON.parse(files['versions.json']!)).toMatchObject({ shell: 'harness', node: expect.any(String), miniprogramCi: expect.stringMatching(/^\d+\./) });
});
