import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ReleaseRecord } from '../../shared/history';
import { addDays, localDay, type ReviewEventInput } from '../../shared/review';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { expectAccessible } from '../support/axe';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { writeTestKey, type TestKey } from '../support/test-key';

// 项目总览 with six projects in six states. Six copies of a fixture, each with its own appid, are
// opened through window.api; two have uploads in the history file the harness starts with (no
// WeChat needed for a board that only reads), the review states are recorded through
// window.api.review, keys imported through window.api.keys (the sixth has none), and two connection
// checks run against the fake WeChat (one passes, one has its IP refused). Then the board:
// the screenshot, axe, sorting and filtering, 「打开」 into the wizard and 「移除」 keeping the history.

const FIXTURE = path.resolve('e2e/fixtures/projects/domains-shop');
const SHOT = path.resolve('test-output/screenshots/95-fleet.png');

interface Seed {
  name: string;
  appid: string;
  state: string;
}
const SEEDS: Seed[] = [
  { name: 'shop-uploaded', appid: 'wx00000000000000a1', state: 'uploaded' },
  { name: 'shop-trial', appid: 'wx00000000000000a2', state: 'trial' },
  { name: 'shop-review', appid: 'wx00000000000000a3', state: 'submitted' },
  { name: 'shop-rejected', appid: 'wx00000000000000a4', state: 'rejected' },
  { name: 'shop-released', appid: 'wx00000000000000a5', state: 'released' },
  { name: 'shop-new', appid: 'wx00000000000000a6', state: 'none' },
];

let harness: HarnessProcess;
let fake: FakeWechat;
let work: string;
const keys = new Map<string, TestKey>();
const roots = new Map<string, string>();

/** A copy of the fixture under its own appid and name. */
function copyProject(seed: Seed): string {
  const root = path.join(work, seed.name);
  fs.cpSync(FIXTURE, root, { recursive: true });
  const configFile = path.join(root, 'project.config.json');
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(configFile, JSON.stringify({ ...config, appid: seed.appid, projectname: seed.name }, null, 2));
  return root;
}

function uploadRecord(seed: Seed, robot: number, startedAt: string): ReleaseRecord {
  return {
    id: `00000000-0000-4000-8000-0000000000${seed.appid.slice(-2)}`,
    appid: seed.appid,
    projectRoot: roots.get(seed.appid)!,
    kind: 'upload',
    version: '1.0.0',
    desc: null,
    robot,
    operator: '',
    startedAt,
    durationMs: 3000,
    outcome: { ok: true, sizes: [] },
    trialVersion: robot === 2,
  };
}

test.beforeEach(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-e2e-')));
  for (const seed of SEEDS) roots.set(seed.appid, copyProject(seed));
  // The history the app would have written at two uploads, in the data folder it starts with.
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir);
  const earlier = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const records = [uploadRecord(SEEDS[0]!, 1, earlier), uploadRecord(SEEDS[1]!, 2, earlier)];
  fs.writeFileSync(path.join(dataDir, 'history.json'), JSON.stringify({ schemaVersion: 1, records }));
  for (const seed of SEEDS.slice(0, 5)) keys.set(seed.appid, writeTestKey(seed.appid));
  fake = await startFakeWechat({ apps: Object.fromEntries([...keys].map(([appid, key]) => [appid, key.publicKey])) });
  harness = await startHarnessProcess({ dataDir, env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(work, { recursive: true, force: true });
});

async function record(page: Page, appid: string, version: string, event: ReviewEventInput) {
  const result = await page.evaluate((args) => window.api.review.record(args), { appid, version, event });
  expect(result, `${appid} ${version} ${event.state}`).toMatchObject({ ok: true });
}

const states = (page: Page) => page.getByTestId('fleet-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')));

test('six projects in six states: sorted, filtered, one opened in the wizard, one removed keeping its history; axe', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(harness.url);
  const today = localDay(new Date());

  // Opened, as the project step opens them: the board lists what was opened.
  for (const seed of SEEDS) {
    const check = await page.evaluate((p) => window.api.project.open({ path: p }), roots.get(seed.appid)!);
    expect(check.summary?.appid).toBe(seed.appid);
  }
  // Keys for all but the last.
  for (const seed of SEEDS.slice(0, 5)) {
    expect(await page.evaluate((file) => window.api.keys.import({ path: file }), keys.get(seed.appid)!.file)).toMatchObject({ ok: true });
  }
  const [uploaded, trial, review, rejected, released] = SEEDS as [Seed, Seed, Seed, Seed, Seed, Seed];
  await page.evaluate((appid) => window.api.trial.setRobot({ appid, robot: 2 }), trial.appid);
  await record(page, review.appid, '1.1.0', { state: 'submitted', at: addDays(today, -3) });
  await record(page, rejected.appid, '1.0.0', { state: 'submitted', at: addDays(today, -5) });
  await record(page, rejected.appid, '1.0.0', { state: 'rejected', at: addDays(today, -2), reason: '类目不符' });
  await page.evaluate((appid) => window.api.review.setReleasedBefore({ appid, releasedBefore: true }), released.appid);
  await record(page, released.appid, '2.0.0', { state: 'submitted', at: addDays(today, -9) });
  await record(page, released.appid, '2.0.0', { state: 'approved', at: addDays(today, -6) });
  await record(page, released.appid, '2.0.0', { state: 'released', at: addDays(today, -4), mode: 'phased' });
  // 备案 and the privacy guide as the operator recorded them; one domain ticked for the first.
  await page.evaluate((appid) => window.api.readiness.answer({ appid, filed: true, declared: ['location'] }), released.appid);
  await page.evaluate((appid) => window.api.firstRelease.update({ appid, tick: { item: 'privacy', done: true } }), released.appid);
  await page.evaluate((appid) => window.api.readiness.answer({ appid, filed: false }), rejected.appid);
  // The whitelist step's connection check, through the contract: passed for one, the IP refused for another.
  await page.evaluate((proxy) => window.api.settings.update({ proxy }), fake.proxyUrl);
  const checkConnection = (projectRoot: string) => page.evaluate((root) => window.api.release.checkConnection({ jobId: crypto.randomUUID(), projectRoot: root }), projectRoot);
  expect(await checkConnection(roots.get(released.appid)!)).toMatchObject({ ok: true });
  fake.setMode('invalid-ip');
  expect(await checkConnection(roots.get(rejected.appid)!)).toMatchObject({ ok: false, problem: { code: 'ci.invalid-ip' } });
  fake.setMode('ok');

  await page.getByTestId('open-fleet').click();
  const board = page.getByTestId('fleet-board');
  await expect(board).toBeVisible();
  const rows = page.getByTestId('fleet-row');
  await expect(rows).toHaveCount(6);
  const rowOf = (seed: Seed) => page.locator(`[data-testid="fleet-row"][data-appid="${seed.appid}"]`);
  for (const seed of SEEDS) await expect(rowOf(seed)).toHaveAttribute('data-state', seed.state);
  await expect(rowOf(uploaded).getByTestId('fleet-state')).toHaveText('已上传');
  await expect(rowOf(trial).getByTestId('fleet-state')).toHaveText('体验版');
  await expect(rowOf(review).getByTestId('fleet-clock')).toHaveText('1.1.0 已审核 3 天');
  await expect(rowOf(released).getByTestId('fleet-clock')).toHaveText(`2.0.0 分阶段发布第 5 / 15 天，${addDays(today, 10)} 自动全量`);
  await expect(rowOf(released).getByTestId('fleet-filed')).toHaveText('已备案');
  await expect(rowOf(released).getByTestId('fleet-privacy')).toHaveText('已填写');
  await expect(rowOf(rejected).getByTestId('fleet-filed')).toHaveText('未备案');
  await expect(rowOf(SEEDS[5]!).getByTestId('fleet-key')).toHaveText('未保存');
  await expect(rowOf(uploaded).getByTestId('fleet-key')).toContainText('今天导入');
  await expect(rowOf(uploaded).getByTestId('fleet-check')).toHaveText('未检查');
  await expect(rowOf(released).getByTestId('fleet-check')).toContainText('检查通过');
  await expect(rowOf(rejected).getByTestId('fleet-check')).toContainText('被拒：IP 203.0.113.7 不在白名单');
  await expect(rowOf(uploaded).getByTestId('fleet-domains')).toContainText('项未勾选');
  await page.screenshot({ path: SHOT, fullPage: true });
  await expectAccessible(page, 'fleet board');

  // Sorting by the version's state, both ways; the header says which.
  await page.getByTestId('fleet-sort-version').click();
  await expect(page.getByTestId('fleet-col-version')).toHaveAttribute('aria-sort', 'ascending');
  expect(await states(page)).toEqual(['none', 'uploaded', 'trial', 'submitted', 'rejected', 'released']);
  await page.getByTestId('fleet-sort-version').click();
  await expect(page.getByTestId('fleet-col-version')).toHaveAttribute('aria-sort', 'descending');
  expect(await states(page)).toEqual(['released', 'rejected', 'submitted', 'trial', 'uploaded', 'none']);
  await expect(page.getByTestId('fleet-col-appid')).toHaveAttribute('aria-sort', 'none');

  // Filtering on what a cell says: the two review states, then the project without a key.
  await page.getByTestId('fleet-filter-version').fill('审核');
  expect(await states(page)).toEqual(['rejected', 'submitted']);
  await expect(page.getByTestId('fleet-count')).toHaveText('显示 2 / 6 个项目');
  await page.getByTestId('fleet-filter-version').fill('');
  await page.getByTestId('fleet-filter-key').fill('未保存');
  expect(await states(page)).toEqual(['none']);
  await page.getByTestId('fleet-filter-key').fill('');
  await expect(rows).toHaveCount(6);

  // 移除, keeping the history: off the board and the recent list; its records stay.
  await rowOf(uploaded).getByTestId('fleet-remove').click();
  await expect(rowOf(uploaded).getByTestId('fleet-remove-ask')).toBeVisible();
  await expectAccessible(page, 'fleet board, remove asked');
  await rowOf(uploaded).getByTestId('fleet-remove-keep').click();
  await expect(rows).toHaveCount(5);
  await expect(rowOf(uploaded)).toHaveCount(0);
  const kept = await page.evaluate((projectRoot) => window.api.history.list({ projectRoot }), roots.get(uploaded.appid)!);
  expect(kept.map((entry) => entry.version)).toEqual(['1.0.0']);
  const recent = await page.evaluate(() => window.api.project.recent());
  expect(recent.map((entry) => entry.appid)).not.toContain(uploaded.appid);

  // 打开: the rejected project's wizard, the board gone.
  await rowOf(rejected).getByTestId('fleet-open').click();
  await expect(board).toHaveCount(0);
  await expect(page.getByTestId('summary-appid')).toContainText(rejected.appid);
  await expect(page.getByTestId('open-fleet')).toHaveAttribute('aria-pressed', 'false');
});
