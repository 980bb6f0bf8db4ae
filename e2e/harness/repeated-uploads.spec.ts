import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFakeWechat } from '../fake-wechat/fake-wechat-server';
import { startHarnessProcess } from '../support/harness-process';
import { snapshotProcesses } from '../support/process-snapshot';
import { uploadFromPage } from '../support/release-in-page';
import { writeTestKey } from '../support/test-key';
import { openProjectWithKey } from '../support/wizard-steps';

// miniprogram-ci in the serving process would keep a 130–320 MB compiler per upload and slow down;
// with a job process per upload the harness must stay flat and keep no job process around.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');
/** This checkout's job worker only: another checkout on the same machine may run jobs of its own. */
const OUR_WORKER = new RegExp(path.resolve('dist/jobs/job-worker.cjs').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

test('five uploads in a row leave the harness process flat', async ({ page }) => {
  test.setTimeout(120_000);
  const key = writeTestKey(APPID);
  const fake = await startFakeWechat({ apps: { [APPID]: key.publicKey } });
  const harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
  try {
    await openProjectWithKey(page, harness.url, fake.proxyUrl, shop, key.file);

    expect(await uploadFromPage(page, path.join(shop, 'frontend'))).toMatchObject({ ok: true }); // warm-up
    const before = residentMb(harness.pid);
    for (let i = 0; i < 5; i++) {
      const before = snapshotProcesses(OUR_WORKER).map((p) => p.pid);
      expect(await uploadFromPage(page, path.join(shop, 'frontend'), `1.0.${i}`)).toMatchObject({ ok: true });
      // The app keeps one idle job process warmed for the next job (warm-job-pool.ts); the one that
      // ran this upload (the spare waiting before it) is gone.
      const after = snapshotProcesses(OUR_WORKER);
      expect(after.length).toBeLessThanOrEqual(1);
      expect(after.filter((p) => before.includes(p.pid))).toEqual([]);
    }
    const growth = residentMb(harness.pid) - before;
    console.log(`harness RSS before ${before.toFixed(1)} MB, growth over 5 uploads ${growth.toFixed(1)} MB`);
    expect(growth).toBeLessThan(40);
    expect(fake.uploads.filter((u) => u.signatureVerified)).toHaveLength(6);
  } finally {
    await harness.stop();
    await fake.close();
    fs.rmSync(harness.dataDir, { recursive: true, force: true });
  }
});
