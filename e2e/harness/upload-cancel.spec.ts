import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFakeWechat, type FakeWechat } from '../fake-wechat/fake-wechat-server';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process';
import { snapshotProcesses } from '../support/process-snapshot';
import { writeTestKey } from '../support/test-key';
import { openProjectWithKey } from '../support/wizard-steps';

// The cancel walk: an upload stopped between 30 % and 60 % uploads nothing and leaves no job
// process. The project is nested-shop with 1,000 extra files of code, so the compile phase (10–75 %)
// lasts long enough to be caught in the middle on any machine.
const APPID = 'wx0123456789abcdef';
const OUR_WORKER = new RegExp(path.resolve('dist/jobs/job-worker.cjs').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

let fake: FakeWechat;
let harness: HarnessProcess;
let project: string;

test.beforeEach(async () => {
  fake = await startFakeWechat({ apps: { [APPID]: writeTestKey(APPID).publicKey } });
  harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'cancel-walk-'));
  fs.cpSync(path.resolve('e2e/fixtures/projects/nested-shop/frontend'), project, { recursive: true });
  const extra = path.join(project, 'miniprogram', 'utils', 'extra');
  fs.mkdirSync(extra, { recursive: true });
  for (let i = 0; i < 1000; i++) {
    fs.writeFileSync(path.join(extra, `part${i}.js`), `module.exports = function part${i}(a, b) {\n  return [a, b, ${i}].map((x) => x * 2).filter(Boolean);\n};\n`);
  }
});
test.afterEach(async () => {
  await harness.stop();
  await fake.close();
  fs.rmSync(harness.dataDir, { recursive: true, force: true });
  fs.rmSync(project, { recursive: true, force: true });
});

test('an upload cancelled at 30–60 % sends nothing and leaves no process of its own', async ({ page }) => {
  test.setTimeout(120_000);
  const key = path.resolve('test-output/keys', `private.${APPID}.key`);
  await openProjectWithKey(page, harness.url, fake.proxyUrl, project, key);
  // The steps before the upload are walked by the wizard walk; here the draft says they are done.
  await page.evaluate(
    (root) => window.api.wizard.saveDraft({ projectRoot: root, draft: { step: 'upload', version: '1.0.0', desc: '', robot: 1, done: ['key', 'whitelist', 'version', 'precheck'] } }),
    project,
  );
  await page.reload();
  await page.getByTestId('recent-projects').getByRole('button').first().click();
  await expect(page.getByTestId('step-upload')).toBeVisible();

  // The cancel button is pressed the moment progress reaches 30 %: a poll from the test process could
  // see the bar jump past 60 % on a busy machine, where compile events come in bursts.
  await page.evaluate(() => {
    const off = window.api.on('job:progress', (progress) => {
      if (progress.kind !== 'upload' || progress.fraction < 0.3) return;
      off();
      (window as unknown as { cancelledAt: number }).cancelledAt = progress.fraction;
      (document.querySelector('[data-testid=upload-cancel]') as HTMLButtonElement).click();
    });
  });
  const before = snapshotProcesses(OUR_WORKER).map((p) => p.pid);
  await page.getByTestId('upload-start').click();
  const percentAtCancel = await page
    .waitForFunction(() => (window as unknown as { cancelledAt?: number }).cancelledAt, undefined, { timeout: 60_000 })
    .then(async (handle) => Math.round(Number(await handle.jsonValue()) * 100));
  await expect(page.locator('[data-code="ci.cancelled"]')).toBeVisible();
  console.log(`cancelled at ${percentAtCancel}%`);
  expect(percentAtCancel).toBeLessThanOrEqual(60);

  expect(fake.uploads).toHaveLength(0);
  // What may remain is the one idle job process the app keeps warmed for the next job
  // (warm-job-pool.ts), never the one that ran the upload (the spare waiting before it).
  await expect.poll(() => snapshotProcesses(OUR_WORKER).filter((p) => before.includes(p.pid))).toEqual([]);
  expect(snapshotProcesses(OUR_WORKER).length).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('upload-start')).toContainText('用同样的内容重试');
});
