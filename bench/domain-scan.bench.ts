// Benchmark of the domain scan alone against ripgrep on the same tree, plus the event-loop delay
// during the scan, for work on the scanner (`npm run bench` measures the whole check, checkProject,
// on the same tree: bench/run-all.ts). Run: npx tsx bench/domain-scan.bench.ts [--files 20000] [--runs 3] [--keep]
//
// Generates (bench/support/scan-tree.ts, in a temp folder, deleted at the end) a mini program of
// 20,000 files / ~200 MB: JS pages and components, WXML, JSON, PNG-like binaries, and three
// minified vendor bundles over 2 MB in miniprogram_npm. Then, in the same run and with a warm
// page cache: the scan, and `rg -c 'https?://|wss?://' <dir>`, each `runs` times.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { scanDomains } from '../electron/services/domains/scan-domains';
import { WHITELIST_TYPES } from '../shared/domains';
import { writeScanTree } from './support/scan-tree';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const FILES = option('files', 20_000);
const RUNS = option('runs', 3);
const KEEP = args.includes('--keep');

// ---------------------------------------------------------------- measuring

function findRg(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, process.platform === 'win32' ? 'rg.exe' : 'rg');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function runRg(rg: string, dir: string): Promise<{ ms: number; matchingFiles: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(rg, ['-c', 'https?://|wss?://', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`rg exited with ${code}`));
      else resolve({ ms: performance.now() - started, matchingFiles: lines });
    });
  });
}

interface ScanRun {
  ms: number;
  maxLoopDelayMs: number;
  p99LoopDelayMs: number;
  maxIntervalLateMs: number;
  filesScanned: number;
  bytesScanned: number;
  hosts: number;
  images: number;
  mentioned: number;
}

async function runScan(projectRoot: string): Promise<ScanRun> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let maxLate = 0;
  let expected = performance.now() + 10;
  const timer = setInterval(() => {
    const now = performance.now();
    maxLate = Math.max(maxLate, now - expected);
    expected = now + 10;
  }, 10);
  histogram.enable();
  const started = performance.now();
  const result = await scanDomains({ projectRoot, miniprogramRoot: path.join(projectRoot, 'miniprogram') });
  const ms = performance.now() - started;
  histogram.disable();
  clearInterval(timer);
  return {
    ms,
    maxLoopDelayMs: histogram.max / 1e6,
    p99LoopDelayMs: histogram.percentile(99) / 1e6,
    maxIntervalLateMs: maxLate,
    filesScanned: result.filesScanned,
    bytesScanned: result.bytesScanned,
    hosts: WHITELIST_TYPES.reduce((sum, type) => sum + result.byType[type].length, 0),
    images: result.images.length,
    mentioned: result.mentioned.length,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

// ---------------------------------------------------------------- main

const dir = await mkdtemp(path.join(os.tmpdir(), 'domain-scan-bench-'));
try {
  let t = performance.now();
  const tree = await writeScanTree(dir, FILES);
  console.log(`generated ${tree.files} files, ${(tree.bytes / 1e6).toFixed(1)} MB in ${fmt(performance.now() - t)} (${dir})`);
  console.log(`node ${process.version}, ${os.cpus().length} cpus, ${os.platform()}`);

  const rg = findRg();
  if (!rg) console.log('ripgrep: skipped, `rg` is not on PATH (apt-get install ripgrep)');
  else console.log(`ripgrep: ${rg} (${spawnSync(rg, ['--version']).stdout.toString().split('\n')[0]})`);

  // Warm the page cache so both sides read from memory.
  t = performance.now();
  await runScan(dir);
  if (rg) await runRg(rg, dir);
  console.log(`warm-up: ${fmt(performance.now() - t)}`);

  const scans: ScanRun[] = [];
  const rgs: number[] = [];
  let rgFiles = 0;
  for (let run = 0; run < RUNS; run++) {
    const scan = await runScan(dir);
    scans.push(scan);
    let rgLine = '';
    if (rg) {
      const rgRun = await runRg(rg, dir);
      rgs.push(rgRun.ms);
      rgFiles = rgRun.matchingFiles;
      rgLine = `  rg ${fmt(rgRun.ms)}`;
    }
    console.log(
      `run ${run + 1}: scan ${fmt(scan.ms)} (max event-loop delay ${scan.maxLoopDelayMs.toFixed(1)} ms, p99 ${scan.p99LoopDelayMs.toFixed(1)} ms, 10 ms interval late by ≤ ${scan.maxIntervalLateMs.toFixed(1)} ms)${rgLine}`,
    );
  }
  const last = scans[scans.length - 1]!;
  const scanMedian = median(scans.map((s) => s.ms));
  console.log(
    `scan: ${last.filesScanned} files read, ${(last.bytesScanned / 1e6).toFixed(1)} MB, ${last.hosts} whitelist entries, ${last.images} image hosts, ${last.mentioned} only mentioned`,
  );
  console.log(`scan median ${fmt(scanMedian)}; max event-loop delay over all runs ${Math.max(...scans.map((s) => s.maxLoopDelayMs)).toFixed(1)} ms`);
  if (rg) {
    const rgMedian = median(rgs);
    console.log(`rg median ${fmt(rgMedian)} (${rgFiles} files with a match); scan / rg = ${(scanMedian / rgMedian).toFixed(2)}`);
  }
} finally {
  if (KEEP) console.log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
