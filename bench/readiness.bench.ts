// Growth of 提审前体检 with the page count, and how long it holds the event loop.
// Run: npx tsx bench/readiness.bench.ts [--runs 3] [--keep]
//
// Generates (in a temp folder, deleted at the end) mini programs of 1k, 2k, 4k and 8k pages laid out
// as bench/support/pages-project.ts lays them out, every page with its four files; a page script in
// ten calls a privacy API, a page in a hundred is a 敬请期待 placeholder, and app.js sends to a login
// page from onLaunch. Then times the readiness service's run on each (the project read, the privacy
// scan over every source file, each page's WXML, app.js and the entry page), median of `runs`, with
// the longest event-loop delay seen while it ran (perf_hooks.monitorEventLoopDelay, 10 ms resolution).
//
// Milliseconds depend on the machine and its load; the ratio between sizes does not. Linear work
// doubles when the pages double (ratio ≈ 2 per step); the bench fails when the median ratio over
// the doublings passes 3.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { mapLimit } from '../electron/services/project/map-limit';
import { readProject } from '../electron/services/project/read-project';
import { ReadinessAnswersRepository, type ReadinessFile } from '../electron/services/readiness/readiness-answers';
import { createReadinessService } from '../electron/services/readiness/readiness-service';
import type { StoreBackend } from '../electron/services/settings/store-backend';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = at === -1 ? 3 : Number(args[at + 1]);
const KEEP = args.includes('--keep');
const SIZES = [1000, 2000, 4000, 8000];
const PAGES_PER_SUBPACKAGE = 20;

function pagePaths(pageCount: number): { main: string[]; subpackages: Array<{ root: string; pages: string[] }> } {
  const mainCount = Math.floor(pageCount / 4);
  const main = Array.from({ length: mainCount }, (_, i) => `pages/goods-category-${i}/goods-category-list-${i}`);
  const subpackages: Array<{ root: string; pages: string[] }> = [];
  for (let done = mainCount, s = 0; done < pageCount; s++) {
    const count = Math.min(PAGES_PER_SUBPACKAGE, pageCount - done);
    subpackages.push({ root: `sub${s}/`, pages: Array.from({ length: count }, (_, i) => `pages/order-detail-${i}/order-detail-view-${i}`) });
    done += count;
  }
  return { main, subpackages };
}

async function writeProject(root: string, pageCount: number): Promise<void> {
  const { main, subpackages } = pagePaths(pageCount);
  await writeFile(path.join(root, 'project.config.json'), JSON.stringify({ appid: 'wx0123456789abcdef', projectname: 'bench', compileType: 'miniprogram' }));
  await writeFile(path.join(root, 'app.json'), JSON.stringify({ pages: [...main, 'pages/login/login'], subpackages, requiredPrivateInfos: ['getLocation'] }, null, 2));
  await writeFile(path.join(root, 'app.js'), "App({ onLaunch() { if (!wx.getStorageSync('token')) wx.reLaunch({ url: '/pages/login/login' }); } });\n");
  await mkdir(path.join(root, 'pages/login'), { recursive: true });
  await writeFile(path.join(root, 'pages/login/login.wxml'), '<button open-type="getPhoneNumber">login</button>\n');
  const bases = [...main, ...subpackages.flatMap((sub) => sub.pages.map((page) => sub.root + page))];
  await mapLimit(bases, 16, async (base, i) => {
    const abs = path.join(root, base);
    await mkdir(path.dirname(abs), { recursive: true });
    const name = path.basename(base);
    const call = i % 10 === 0 ? `\n  locate() { wx.getLocation({ type: 'gcj02' }); wx.chooseImage({ count: 1 }); },` : '';
    await writeFile(`${abs}.js`, `Page({\n  data: { title: '${name}', items: [] },\n  onLoad() { this.setData({ title: '${name}' }); },${call}\n});\n`);
    await writeFile(`${abs}.json`, `{ "navigationBarTitleText": "${name}" }\n`);
    const wxml = i % 100 === 0 ? '<view class="soon"><text>coming soon</text></view>\n' : '<view class="page">\n  <view wx:for="{{items}}" wx:key="id">{{item.name}}</view>\n  <text>{{title}}</text>\n</view>\n';
    await writeFile(`${abs}.wxml`, wxml);
    await writeFile(`${abs}.wxss`, '.page { color: #333; }\n');
  });
}

function service() {
  const data: Partial<ReadinessFile> = {};
  const store: StoreBackend<ReadinessFile> = { get: (key) => data[key], set: (key, value) => void (data[key] = value) };
  return createReadinessService({ readProject, answers: new ReadinessAnswersRepository(store) });
}

async function timeOf(root: string) {
  const runs: Array<{ ms: number; maxDelayMs: number }> = [];
  let found = '';
  for (let i = 0; i < RUNS; i++) {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const report = await service().run(root);
    const ms = performance.now() - started;
    delay.disable();
    runs.push({ ms, maxDelayMs: delay.max / 1e6 });
    found = `${report.filesScanned} files, wall ${report.loginWall ? 'yes' : 'no'}, ${report.placeholderPages.length} placeholders, ${report.privacy.length} categories`;
  }
  runs.sort((a, b) => a.ms - b.ms);
  return { ...runs[Math.floor(runs.length / 2)]!, worstDelayMs: Math.max(...runs.map((run) => run.maxDelayMs)), found };
}

const base = await mkdtemp(path.join(os.tmpdir(), 'mp-readiness-bench-'));
try {
  const roots = new Map<number, string>();
  for (const pages of SIZES) {
    const root = path.join(base, `pages-${pages}`);
    await mkdir(root);
    await writeProject(root, pages);
    roots.set(pages, root);
  }
  await service().run(roots.get(SIZES[0]!)!); // warm-up: the first run pays for compiling the code
  const results: Array<{ pages: number } & Awaited<ReturnType<typeof timeOf>>> = [];
  for (const pages of SIZES) results.push({ pages, ...(await timeOf(roots.get(pages)!)) });
  const ratios = results.slice(1).map((result, i) => result.ms / results[i]!.ms);
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;

  console.log(`提审前体检 (readiness.run) by page count (median of ${RUNS} runs; longest event-loop delay over the runs)`);
  for (const r of results) {
    console.log(`  ${String(r.pages).padStart(6)} pages  ${r.ms.toFixed(0).padStart(7)} ms  loop held ≤ ${r.worstDelayMs.toFixed(0).padStart(4)} ms  (${r.found})`);
  }
  console.log(`  growth per doubling: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median.toFixed(2)}; linear ≈ 2, quadratic ≈ 4)`);
  if (median > 3) {
    console.error('  FAIL: grows faster than linear');
    process.exitCode = 1;
  }
} finally {
  if (KEEP) console.log(`  kept: ${base}`);
  else await rm(base, { recursive: true, force: true });
}
