import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFakeWechat } from '../fake-wechat/fake-wechat-server';
import { startHarnessProcess } from '../support/harness-process';
import { snapshotProcesses, type ProcessSnapshot } from '../support/process-snapshot';
import { uploadFromPage } from '../support/release-in-page';
import { leaks, readIfStillThere, recentFiles } from '../support/scan-files';
import { writeTestKey } from '../support/test-key';
import { openProjectWithKey } from '../support/wizard-steps';

// An import and an upload with a known key, then a search for that key everywhere it must
// never be: what the renderer holds and receives, the logs, the temp folders, and the job
// processes' argv and environment.
const APPID = 'wx0123456789abcdef';
const shop = path.resolve('e2e/fixtures/projects/nested-shop');

test('the upload key never reaches the renderer, the logs, temp files, argv or env', async ({ page }) => {
  const started = Date.now();
  const key = writeTestKey(APPID);
  const fake = await startFakeWechat({ apps: { [APPID]: key.publicKey } });
  const harness = await startHarnessProcess({ env: { NODE_EXTRA_CA_CERTS: fake.caCertPath } });
  const frames: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => frames.push(String(frame.payload)));
    socket.on('framesent', (frame) => frames.push(String(frame.payload)));
  });
  const jobProcesses: ProcessSnapshot[] = [];
  const watcher = setInterval(() => jobProcesses.push(...snapshotProcesses(/job-worker\.cjs|summerEntryProcess|miniprogram-ci/)), 25);

  try {
    await openProjectWithKey(page, harness.url, fake.proxyUrl, shop, key.file);
    const outcome = await uploadFromPage(page, path.join(shop, 'frontend'));
    expect(outcome).toMatchObject({ ok: true });
    expect(fake.uploads.at(-1)?.signatureVerified).toBe(true);
    clearInterval(watcher);

    // The check has teeth only if it saw the job processes and the traffic it inspects.
    expect(jobProcesses.some((p) => p.argv.includes('job-worker.cjs'))).toBe(true);
    expect(frames.some((f) => f.includes('"job:progress"'))).toBe(true);

    const rendererState = await page.evaluate(() =>
      JSON.stringify({ html: document.documentElement.outerHTML, local: { ...localStorage }, session: { ...sessionStorage } }),
    );
    expect(leaks(rendererState, key.fragments), 'renderer DOM and storage').toEqual([]);
    expect(leaks(frames.join('\n'), key.fragments), 'WebSocket payloads').toEqual([]);

    const logs = harness.output() + recentFiles(harness.dataDir, started).map((f) => readIfStillThere(f)).join('\n');
    expect(logs).toContain('release:upload ok');
    expect(leaks(logs, key.fragments), 'harness console and data folder').toEqual([]);

    for (const proc of jobProcesses) {
      expect(leaks(proc.argv, key.fragments), `argv of ${proc.pid}`).toEqual([]);
      expect(leaks(proc.env, key.fragments), `env of ${proc.pid}`).toEqual([]);
    }

    // The repository itself (and the key file this test wrote into it) may sit under the temp folder, as in CI.
    const repository = path.resolve('.') + path.sep;
    const tempLeaks = recentFiles(os.tmpdir(), started)
      .filter((file) => !file.startsWith(harness.dataDir) && !file.startsWith(repository))
      .filter((file) => leaks(readIfStillThere(file, 'latin1'), key.fragments).length > 0);
    expect(tempLeaks, 'files in the temp folder').toEqual([]);
  } finally {
    clearInterval(watcher);
    await harness.stop();
    await fake.close();
    fs.rmSync(harness.dataDir, { recursive: true, force: true });
  }
});
