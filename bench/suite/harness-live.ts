import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import type { JobOutcome } from '../../shared/jobs';
import type { InPage } from '../support/in-page';
import type { ProbedHarness, ProbeReading } from '../support/probed-harness';
import { summarize } from '../support/stats';
import type { Table } from '../support/table';

// Figures 6 and 7, read in the harness process itself (bench/support/loop-probe.mjs): its event-loop
// delay while an upload runs and while the 20,000-file tree is opened and checked, each called from the
// page through (globalThis as unknown as InPage).api as the wizard calls it; and its RSS, after a full GC, after 1 and after 10 uploads.

const LAG_TARGET_MS = 20;
const RSS_TARGET = 1.1;

export async function uploadFromPage(page: Page, projectRoot: string, version: string): Promise<void> {
  const outcome = await page.evaluate(
    ({ root, v, jobId }) => (globalThis as unknown as InPage).api.release.upload({ jobId, projectRoot: root, version: v, desc: 'bench', robot: 2 }),
    { root: projectRoot, v: version, jobId: crypto.randomUUID() },
  );
  if (!outcome.ok) throw new Error(`harness upload failed: ${(outcome as JobOutcome<'upload'> & { ok: false }).problem.code}`);
}

export async function setUpHarness(page: Page, url: string, proxy: string, keyFile: string, appid: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => typeof (globalThis as unknown as InPage).api === 'object');
  await page.evaluate(async ({ proxy, keyFile, appid }) => {
    await (globalThis as unknown as InPage).api.settings.update({ proxy });
    const imported = await (globalThis as unknown as InPage).api.keys.import({ path: keyFile, appid });
    if (!imported.ok) throw new Error(`key refused: ${imported.problem.code}`);
  }, { proxy, keyFile, appid });
}

export async function uploadsFigures(table: Table, harness: ProbedHarness, page: Page, shopRoot: string, uploads: number): Promise<void> {
  console.log(`\n6/7. ${uploads} uploads from the page through the harness (its own event loop and RSS)`);
  await harness.read(); // starts the first window at the first upload
  const readings: ProbeReading[] = [];
  for (let i = 0; i < uploads; i++) {
    await uploadFromPage(page, shopRoot, `2.0.${i}`);
    const reading = await harness.read();
    readings.push(reading);
    console.log(`  upload ${i + 1}: loop delay p50 ${reading.p50.toFixed(1)} ms, p99 ${reading.p99.toFixed(1)} ms, max ${reading.max.toFixed(0)} ms; RSS ${reading.rssMb.toFixed(1)} MB`);
  }
  if (!readings[0]!.gc) console.log('  (no global.gc in the harness: RSS is read without a full GC)');
  table.addValues('Harness loop delay p50, during an upload', 'ms', readings.map((r) => r.p50), 'for reading');
  table.addValues('Harness loop delay p99, during an upload', 'ms', readings.map((r) => r.p99), `≤ ${LAG_TARGET_MS} ms`, LAG_TARGET_MS);
  const first = readings[0]!.rssMb;
  const last = readings.at(-1)!.rssMb;
  table.addValues(`Harness RSS after 1 upload`, 'MB', [first], 'for reading');
  table.addValues(`Harness RSS after ${uploads} uploads`, 'MB', [last], 'for reading');
  table.add({
    figure: `Harness RSS after ${uploads} / after 1`,
    unit: '×',
    summary: summarize([last / first]),
    target: `≤ ${RSS_TARGET}× (within 10%)`,
    ratio: last / first,
    met: last / first <= RSS_TARGET,
    note: `after a full GC (node --expose-gc) in the harness process; per upload ${readings.map((r) => r.rssMb.toFixed(0)).join(', ')} MB`,
  });
}

export async function bigCheckLagFigures(table: Table, harness: ProbedHarness, page: Page, treeDir: string, runs: number): Promise<void> {
  console.log(`\n6. Opening the big tree from the page through the harness (${runs} runs)`);
  await page.evaluate((dir) => (globalThis as unknown as InPage).api.project.open({ path: dir }), treeDir); // warm-up
  const readings: ProbeReading[] = [];
  for (let i = 0; i < runs; i++) {
    await harness.read();
    await page.evaluate((dir) => (globalThis as unknown as InPage).api.project.open({ path: dir }), treeDir);
    readings.push(await harness.read());
    console.log(`  open ${i + 1}: loop delay p50 ${readings.at(-1)!.p50.toFixed(1)} ms, p99 ${readings.at(-1)!.p99.toFixed(1)} ms, max ${readings.at(-1)!.max.toFixed(0)} ms`);
  }
  table.addValues('Harness loop delay p50, checking 20,000 files', 'ms', readings.map((r) => r.p50), 'for reading');
  table.addValues('Harness loop delay p99, checking 20,000 files', 'ms', readings.map((r) => r.p99), `≤ ${LAG_TARGET_MS} ms`, LAG_TARGET_MS);
}
