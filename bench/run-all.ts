// `npm run bench` (after `npm run build`): the suite of issue 14, every figure measured side by side in
// this one run, repeated, printed as median, min and max with its target and ratio, then one table.
// Knobs: BENCH_PAIRS (default 5) pairs per side-by-side figure; BENCH_UPLOADS (default 10) uploads
// through the harness for the responsiveness and memory figures; BENCH_BIG_FILES (default 20000).
// A missed target is a finding, not a failure: the exit code is 0 unless something could not be measured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startAppAndTool } from './support/app-and-tool';
import { pairCount } from './support/paired';
import { startProbedHarness } from './support/probed-harness';
import { writeScanTree } from './support/scan-tree';
import { SHOP_APPID, writeShopProject } from './support/shop-project';
import { Table } from './support/table';
import { connectionFigure } from './suite/connection';
import { bigCheckLagFigures, setUpHarness, uploadsFigures } from './suite/harness-live';
import { pagesFigures, rgVersion, treeFigures } from './suite/open-and-check';
import { releaseFigures } from './suite/releases';
import { bundleFigure, paintFigure } from './suite/renderer';

const PAIRS = pairCount();
const UPLOADS = Math.max(2, Number(process.env.BENCH_UPLOADS) || 10);
const BIG_FILES = Number(process.env.BENCH_BIG_FILES) || 20_000;
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';

const started = Date.now();
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-bench-suite-'));
const table = new Table();
const cleanups: Array<() => Promise<void>> = [];
console.log(`node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${rgVersion()}; temp ${base}`);

try {
  const shopRoot = path.join(base, 'shop');
  const shopFiles = await writeShopProject(shopRoot);
  const small = { dir: path.join(base, 'tree-3000'), ...(await writeScanTree(path.join(base, 'tree-3000'), 3_000)) };
  const big = { dir: path.join(base, `tree-${BIG_FILES}`), ...(await writeScanTree(path.join(base, `tree-${BIG_FILES}`), BIG_FILES)) };
  console.log(`generated: shop ${shopFiles} files; trees ${small.files} files ${(small.bytes / 1e6).toFixed(0)} MB and ${big.files} files ${(big.bytes / 1e6).toFixed(0)} MB (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  bundleFigure(table);

  const bench = await startAppAndTool(SHOP_APPID, base);
  cleanups.push(() => bench.close());
  const shop = { root: shopRoot, appid: SHOP_APPID, files: shopFiles };
  await connectionFigure(table, bench, shop, PAIRS);
  await releaseFigures(table, bench, shop, PAIRS);

  await treeFigures(table, { dir: small.dir, files: small.files, mb: small.bytes / 1e6 }, 5, { ms: 300 });
  await treeFigures(table, { dir: big.dir, files: big.files, mb: big.bytes / 1e6 }, 3, { rgRatio: 3 });
  await pagesFigures(table, path.join(base, 'pages'), [1_000, 2_000, 5_000, 10_000], 3);

  const harness = await startProbedHarness(path.join(base, 'harness-data'), { ...bench.toolEnv });
  cleanups.push(() => harness.stop());
  // Debian's Chromium where it is (this machine cannot download Playwright's), else Playwright's own.
  const browser = await chromium.launch(fs.existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {});
  cleanups.push(() => browser.close());
  await paintFigure(table, browser, harness.url, 5);
  const page = await browser.newPage();
  await setUpHarness(page, harness.url, bench.fake.proxyUrl, bench.keyFile, SHOP_APPID);
  await uploadsFigures(table, harness, page, shopRoot, UPLOADS);
  await bigCheckLagFigures(table, harness, page, big.dir, 3);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error('cleanup:', error));
  fs.rmSync(base, { recursive: true, force: true });
  table.print();
  console.log(`\nwhole suite: ${((Date.now() - started) / 60_000).toFixed(1)} min, ${os.cpus().length} cpus, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; BENCH_PAIRS=${PAIRS}, BENCH_UPLOADS=${UPLOADS}`);
  // The composed services keep stores and timers open; the suite is over, so the process ends here.
  process.exit(process.exitCode ?? 0);
}
