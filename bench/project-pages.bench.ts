// Growth of the project check with the page count. Run: npx tsx bench/project-pages.bench.ts [--runs 3] [--keep]
//
// Generates (in a temp folder, deleted at the end) mini programs of 1k, 2k, 4k and 8k pages, a
// quarter in the main package and the rest in subpackages of 20, with page paths as long as real
// ones, in two shapes: "complete", every page with its four files (the walk, the size count, the
// page and encoding checks), and "missing", no page with its files (every page a problem that
// points at its line in app.json). Then times readProject on each, median of `runs`.
//
// Milliseconds depend on the machine and its load; the ratio between sizes does not. Linear work
// doubles when the pages double (ratio ≈ 2 per step); quadratic work quadruples. The bench fails
// when the median ratio over the doublings passes 3 in either shape. (It once was quadratic:
// every missing page scanned the whole app.json for its line, 1k pages 1.2 s, 16k pages 79 s.)

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { mapLimit } from '../electron/services/project/map-limit';
import { readProject } from '../electron/services/project/read-project';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = at === -1 ? 3 : Number(args[at + 1]);
const KEEP = args.includes('--keep');
const SIZES = [1000, 2000, 4000, 8000];
const PAGES_PER_SUBPACKAGE = 20;
const SHAPES = ['complete', 'missing'] as const;
type Shape = (typeof SHAPES)[number];

interface Layout {
  main: string[];
  subpackages: Array<{ root: string; pages: string[] }>;
}

function layout(pageCount: number): Layout {
  const mainCount = Math.floor(pageCount / 4);
  const main = Array.from({ length: mainCount }, (_, i) => `pages/goods-category-${i}/goods-category-list-${i}`);
  const subpackages: Layout['subpackages'] = [];
  for (let done = mainCount, s = 0; done < pageCount; s++) {
    const count = Math.min(PAGES_PER_SUBPACKAGE, pageCount - done);
    subpackages.push({ root: `sub${s}/`, pages: Array.from({ length: count }, (_, i) => `pages/order-detail-${i}/order-detail-view-${i}`) });
    done += count;
  }
  return { main, subpackages };
}

async function writeProject(root: string, pageCount: number, shape: Shape): Promise<void> {
  const { main, subpackages } = layout(pageCount);
  await writeFile(path.join(root, 'project.config.json'), JSON.stringify({ appid: 'wx0123456789abcdef', projectname: 'bench', compileType: 'miniprogram' }, null, 2));
  await writeFile(path.join(root, 'app.json'), JSON.stringify({ pages: main, subpackages }, null, 2));
  await writeFile(path.join(root, 'app.js'), 'App({});\n');
  await writeFile(path.join(root, 'app.wxss'), 'page { color: #333; }\n');
  const bases = [...main, ...subpackages.flatMap((sub) => sub.pages.map((page) => sub.root + page))];
  await Promise.all(subpackages.map((sub) => mkdir(path.join(root, sub.root), { recursive: true })));
  if (shape === 'missing') return;
  await mapLimit(bases, 16, async (base) => {
    const abs = path.join(root, base);
    await mkdir(path.dirname(abs), { recursive: true });
    const name = path.basename(base);
    await writeFile(`${abs}.js`, `Page({ data: { title: '${name}' } });\n`);
    await writeFile(`${abs}.json`, `{ "navigationBarTitleText": "${name}" }\n`);
    await writeFile(`${abs}.wxml`, '<view>{{title}}</view>\n');
    await writeFile(`${abs}.wxss`, 'view { color: #333; }\n');
  });
}

async function timeOf(root: string): Promise<{ ms: number; problems: number }> {
  const runs: number[] = [];
  let problems = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const report = await readProject(root);
    runs.push(performance.now() - started);
    problems = report.problems.length;
  }
  return { ms: runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!, problems };
}

function growth(results: ReadonlyArray<{ ms: number }>): { ratios: number[]; median: number } {
  const ratios = results.slice(1).map((result, i) => result.ms / results[i]!.ms);
  return { ratios, median: [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]! };
}

const base = await mkdtemp(path.join(os.tmpdir(), 'mp-pages-bench-'));
try {
  for (const shape of SHAPES) {
    const roots = new Map<number, string>();
    for (const pages of SIZES) {
      const root = path.join(base, `${shape}-${pages}`);
      await mkdir(root);
      await writeProject(root, pages, shape);
      roots.set(pages, root);
    }
    await readProject(roots.get(SIZES[0]!)!); // warm-up: the first run pays for compiling the code
    const results = [];
    for (const pages of SIZES) results.push({ pages, ...(await timeOf(roots.get(pages)!)) });
    const { ratios, median } = growth(results);

    console.log(`readProject by page count, ${shape} pages (median of ${RUNS} runs)`);
    for (const result of results) {
      console.log(`  ${String(result.pages).padStart(6)} pages  ${result.ms.toFixed(0).padStart(7)} ms  ${String(result.problems).padStart(5)} problems`);
    }
    console.log(`  growth per doubling: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median.toFixed(2)}; linear ≈ 2, quadratic ≈ 4)`);
    if (median > 3) {
      console.error('  FAIL: grows faster than linear');
      process.exitCode = 1;
    }
  }
} finally {
  if (KEEP) console.log(`  kept: ${base}`);
  else await rm(base, { recursive: true, force: true });
}
