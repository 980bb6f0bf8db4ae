import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { dropFolder } from '../support/drop-folder';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { runCli } from '../support/run-cli';
import { writeTestKey, type TestKey } from '../support/test-key';

// The same folder gets the same verdict in the project step, from `mp-release check` and from
// `mp-release upload`: the same blocking problems and the same warnings, in the same order.
const APPID = 'wx1111111111111111';
const DOMAINS_SHOP = path.resolve('e2e/fixtures/projects/domains-shop');

interface Finding {
  code: string;
  severity: string;
  location: string;
}

let fake: FakeWechat;
let key: TestKey;
let harness: HarnessProcess;
let broken: string;

test.beforeEach(async () => {
  key = writeTestKey(APPID);
  fake = await startFakeWechat({ apps: { [APPID]: key.publicKey } });
  harness = await startHarnessProcess();
  // domains-shop with a page's template gone: a blocking problem on top of its domain warnings.
  broken = fs.mkdtempSync(path.join(os.tmpdir(), 'verdict-'));
  fs.cpSync(DOMAINS_SHOP, broken, { recursive: true });
  fs.rmSync(path.join(broken, 'miniprogram', 'pages', 'web', 'web.wxml'));
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
  fs.rmSync(broken, { recursive: true, force: true });
});

async function projectStepFindings(page: Page, folder: string): Promise<Finding[]> {
  await page.goto(harness.url);
  await dropFolder(page, folder);
  await expect(page.getByTestId('project-report')).toBeVisible();
  return page.getByTestId('problem-card').evaluateAll((cards) =>
    cards.map((card) => ({ code: card.getAttribute('data-code') ?? '', severity: card.getAttribute('data-severity') ?? '', location: card.getAttribute('data-location') ?? '' })),
  );
}

const fromJson = (problems: Array<{ code: string; severity: string; location?: string }>): Finding[] =>
  problems.map(({ code, severity, location }) => ({ code, severity, location: location ?? '' }));

function uploadArgs(folder: string): string[] {
  return ['upload', folder, '--key', key.file, '--version', '1.0.0', '--proxy', fake.proxyUrl, '--json'];
}

test('a project with warnings only: shown, passed by check, printed and uploaded by upload', async ({ page }) => {
  const step = await projectStepFindings(page, DOMAINS_SHOP);
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'true');
  const check = await runCli(['check', DOMAINS_SHOP, '--json']);
  const upload = await runCli(uploadArgs(DOMAINS_SHOP), { NODE_EXTRA_CA_CERTS: fake.caCertPath });

  expect(step.length).toBeGreaterThan(0);
  expect(step.every((finding) => finding.severity === 'warning')).toBe(true);
  expect(check.code).toBe(0);
  expect(fromJson(JSON.parse(check.stdout).problems)).toEqual(step);
  expect(upload.code, upload.stderr).toBe(0);
  const uploaded = JSON.parse(upload.stdout);
  expect(fromJson(uploaded.problems)).toEqual(step);
  expect(upload.stderr).toContain('提醒 [domain.ip-address]');
  expect(fake.uploads.at(-1)).toMatchObject({ appid: APPID, signatureVerified: true });
});

test('a project with an error: blocked in the project step, by check and by upload, with the same list', async ({ page }) => {
  const step = await projectStepFindings(page, broken);
  await expect(page.getByTestId('project-verdict')).toHaveAttribute('data-ok', 'false');
  const check = await runCli(['check', broken, '--json']);
  const upload = await runCli(uploadArgs(broken), { NODE_EXTRA_CA_CERTS: fake.caCertPath });

  expect(step.filter((finding) => finding.severity === 'error').map((finding) => finding.code)).toEqual(['project.page-missing']);
  expect(step.some((finding) => finding.severity === 'warning')).toBe(true);
  expect(check.code).toBe(1);
  expect(fromJson(JSON.parse(check.stdout).problems)).toEqual(step);
  expect(upload.code).toBe(1);
  const refused = JSON.parse(upload.stdout);
  expect(refused.problem).toMatchObject({ code: 'release.project-blocked', params: { count: 1 } });
  expect(fromJson(refused.problems)).toEqual(step);
  expect(fake.uploads).toHaveLength(0);
});
