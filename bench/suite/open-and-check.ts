import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkProject } from '../../electron/services/release/check-project';
import { runPairs, timed } from '../support/paired';
import { writePagesProject, type PagesShape } from '../support/pages-project';
import { summarize } from '../support/stats';
import type { Table } from '../support/table';

// Figure 4: open and check, the one verdict (checkProject: the project read and its checks, the size
// count, the domain scan) in this process, warm page cache, beside a ripgrep pass over the same tree
// (`rg --files`, then `rg -c` for URLs: a listing and a content pass, as the check does both), and the
// built `mp-release check` as a whole process. Then the growth with the pages in app.json.

const CLI = path.resolve('bin/mp-release.js');

export function findRg(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, process.platform === 'win32' ? 'rg.exe' : 'rg');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function run(command: string, args: string[], okCodes: number[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'C' } });
    child.stdout.resume();
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => (okCodes.includes(code ?? -1) ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}: ${errors.slice(-2000)}`))));
  });
}

async function rgPass(rg: string, dir: string): Promise<void> {
  await run(rg, ['--files', dir], [0]);
  await run(rg, ['-c', 'https?://|wss?://', dir], [0, 1]);
}

/** The verdict, failing loudly if the tree was not read to its end (no summary: nothing was scanned). */
async function check(dir: string): Promise<void> {
  const verdict = await checkProject(dir);
  if (!verdict.summary || !verdict.domains) throw new Error(`checkProject did not read ${dir}: ${JSON.stringify(verdict.problems.slice(0, 3))}`);
}

/** `mp-release check` exits 1 when the verdict has errors (the generated trees have a missing page). */
const cliCheck = (dir: string) => run(process.execPath, [CLI, 'check', dir], [0, 1]);

async function repeat(runs: number, what: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(what));
  return times;
}

export async function treeFigures(table: Table, tree: { dir: string; files: number; mb: number }, runs: number, target: { ms?: number; rgRatio?: number }): Promise<void> {
  const label = `Open and check, ${tree.files.toLocaleString('en')} files / ${tree.mb.toFixed(0)} MB`;
  console.log(`\n4. ${label} (${runs} runs after a warm-up)`);
  const rg = findRg();
  await check(tree.dir); // warm-up: the page cache and the compiled code
  if (rg) await rgPass(rg, tree.dir);
  if (rg) {
    const pairs = await runPairs(runs, () => check(tree.dir), () => rgPass(rg, tree.dir));
    table.addValues(`${label}: checkProject`, 'ms', pairs.map((p) => p.app), target.ms ? `≤ ${target.ms} ms` : 'for reading', target.ms);
    table.addValues(`${label}: ripgrep pass`, 'ms', pairs.map((p) => p.tool), 'for reading');
    const ratios = summarize(pairs.map((p) => p.ratio));
    table.add({
      figure: `${label}: check / ripgrep`,
      unit: '×',
      summary: ratios,
      target: target.rgRatio ? `≤ ${target.rgRatio}× ripgrep` : 'for reading',
      ratio: ratios.median,
      met: target.rgRatio ? ratios.median <= target.rgRatio : null,
    });
  } else {
    table.addValues(`${label}: checkProject`, 'ms', await repeat(runs, () => check(tree.dir)), target.ms ? `≤ ${target.ms} ms` : 'for reading', target.ms);
    table.skip(`${label}: ripgrep pass`, '`rg` is not on PATH (apt-get install ripgrep)');
  }
  await cliCheck(tree.dir);
  table.addValues(`${label}: mp-release check (process)`, 'ms', await repeat(runs, () => cliCheck(tree.dir)), 'for reading');
}

/** Time per page at each size over time per page at the size before: 1.0 is linear, 2.0 quadratic on a doubling. */
export async function pagesFigures(table: Table, base: string, sizes: number[], runs: number): Promise<void> {
  for (const shape of ['complete', 'missing'] as PagesShape[]) {
    console.log(`\n4. Open and check by pages in app.json, ${shape} pages (${sizes.join(', ')}; median of ${runs})`);
    const medians: number[] = [];
    for (const pages of sizes) {
      const root = path.join(base, `${shape}-${pages}`);
      await writePagesProject(root, pages, shape);
      await checkProject(root);
      const times = await repeat(runs, async () => void (await checkProject(root)));
      medians.push(summarize(times).median);
      console.log(`  ${String(pages).padStart(6)} pages  ${summarize(times).median.toFixed(0).padStart(6)} ms`);
    }
    const growth = sizes.slice(1).map((pages, i) => medians[i + 1]! / medians[i]! / (pages / sizes[i]!));
    table.addValues(`Open and check ${sizes.at(-1)!.toLocaleString('en')} pages (${shape})`, 'ms', [medians.at(-1)!], 'for reading');
    const summary = summarize(growth);
    table.add({
      figure: `Pages ${sizes.join('→')} (${shape}): growth per page`,
      unit: '×',
      summary,
      target: '≤ 1.5 (1 = linear)',
      ratio: summary.median,
      met: summary.median <= 1.5,
      note: `time ratio over page ratio per step: ${growth.map((g) => g.toFixed(2)).join(', ')}; the median step is judged`,
    });
  }
}

export function rgVersion(): string {
  const rg = findRg();
  return rg ? spawnSync(rg, ['--version']).stdout.toString().split('\n')[0]! : 'ripgrep not found';
}
