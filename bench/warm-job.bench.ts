// What the warm job process and the kept getattr answer save, against the raw miniprogram-ci CLI and a
// bare signed getattr script, all against the fake WeChat on loopback. Pairs in rotating order (the
// machine may be shared), medians. Run after `npm run build`: npx tsx bench/warm-job.bench.ts [projectPath]
//
// Targets (issue 14): an upload through the app ≤ 0.8× the raw CLI; a connection check ≤ 1.2× a bare
// signed getattr from a one-off node script.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FIXTURE_APPID, FIXTURE_ROOT, fixtureProject, startUploadBench, WORKER_FILE } from './upload-bench';
import { JobRunner } from '../electron/services/jobs/job-runner';
import { nodeJobLauncher } from '../electron/services/jobs/node-job-launcher';

const RUNS = Number(process.env.RUNS ?? 5);
const projectPath = path.resolve(process.argv[2] ?? FIXTURE_ROOT);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CI_BIN = path.resolve('node_modules/miniprogram-ci/bin/miniprogram-ci.js');

// A bare signed getattr, the way a developer would script it: node, the library's sign and request modules, one call.
const BARE_GETATTR = `
const { getSignature } = require('miniprogram-ci/dist/utils/sign');
const { request, setCiProxy } = require('miniprogram-ci/dist/utils/request');
const { GET_ATTR_URL } = require('miniprogram-ci/dist/config/url.config');
const [keyFile, proxy, appid] = process.argv.slice(2);
setCiProxy(proxy);
getSignature(require('fs').readFileSync(keyFile, 'utf8'), appid)
  .then((signature) => request({ url: GET_ATTR_URL, method: 'post', body: JSON.stringify({ appid, signature }), headers: { 'content-type': 'application/json' } }))
  .then(({ body }) => process.exit(JSON.parse(body).errCode === 0 ? 0 : 1));
`;

const bench = await startUploadBench();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'warm-job-bench-'));
const keyFile = path.join(work, 'key.pem');
fs.writeFileSync(keyFile, bench.key.privateKey, { mode: 0o600 });
const bareScript = path.join(work, 'bare-getattr.cjs');
fs.writeFileSync(bareScript, BARE_GETATTR);
const cold = new JobRunner({ launcher: nodeJobLauncher(WORKER_FILE), baseEnv: bench.env });
const warm = new JobRunner({ launcher: nodeJobLauncher(WORKER_FILE), baseEnv: bench.env, warm: true });
let version = 0;

function timedProcess(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], cwd: fs.mkdtempSync(path.join(work, 'cwd-')) });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args[1]} exited ${code}: ${stderr}`)))));
}

const rawUpload = () =>
  timedProcess([CI_BIN, 'upload', '--appid', FIXTURE_APPID, '--pp', projectPath, '--pkp', keyFile, '--uv', `9.0.${version++}`, '-r', '2', '--proxy', bench.fake.proxyUrl, '--use-project-config'], { ...bench.env, NO_PROXY: 'servicewechat.com' });
const rawPreview = () =>
  timedProcess([CI_BIN, 'preview', '--appid', FIXTURE_APPID, '--pp', projectPath, '--pkp', keyFile, '--uv', '0.0.1', '-r', '2', '--proxy', bench.fake.proxyUrl, '--use-project-config', '--qrcode-format', 'base64', '--qrcode-output-dest', path.join(work, 'qr.txt')], { ...bench.env, NO_PROXY: 'servicewechat.com' });
const bareGetattr = () => timedProcess([bareScript, keyFile, bench.fake.proxyUrl, FIXTURE_APPID], { ...bench.env, NODE_PATH: path.resolve('node_modules') });

async function untilSpareReady(): Promise<void> {
  while (!warm.spareStatus().ready) await pause(50);
}

async function job(runner: JobRunner, kind: 'upload' | 'preview' | 'connection-check', attr?: Record<string, unknown>): Promise<number> {
  if (runner === warm) await untilSpareReady(); // the app's spare has long been ready when the operator clicks
  const started = performance.now();
  const common = { project: fixtureProject({ projectPath }), privateKey: bench.key.privateKey, proxy: bench.fake.proxyUrl };
  const outcome =
    kind === 'upload'
      ? await runner.start({ ...common, kind, options: { version: `9.1.${version++}`, robot: 3 }, attr }).outcome
      : kind === 'preview'
        ? await runner.start({ ...common, kind, options: { robot: 3 }, attr }).outcome
        : await runner.start({ ...common, kind, options: {} }).outcome;
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return performance.now() - started;
}

async function rotated(variants: Record<string, () => Promise<number>>): Promise<Record<string, number>> {
  const names = Object.keys(variants);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) await variants[name]!(); // one of each, unmeasured
  for (let i = 0; i < RUNS; i++) {
    for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
      await pause(200);
      times[name]!.push(await variants[name]!());
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times[name]!)]));
}

try {
  const check = await cold.start({ kind: 'connection-check', project: fixtureProject(), options: {}, privateKey: bench.key.privateKey, proxy: bench.fake.proxyUrl }).outcome;
  const attr = check.ok ? check.value.attr : undefined;
  const uploads = await rotated({
    'raw miniprogram-ci CLI': rawUpload,
    'job, fresh process': () => job(cold, 'upload'),
    'job, warm process': () => job(warm, 'upload'),
    'job, warm + getattr kept': () => job(warm, 'upload', attr),
  });
  const previews = await rotated({
    'raw miniprogram-ci CLI': rawPreview,
    'job, fresh process': () => job(cold, 'preview'),
    'job, warm + getattr kept': () => job(warm, 'preview', attr),
  });
  const checks = await rotated({
    'bare signed getattr script': bareGetattr,
    'check, fresh process': () => job(cold, 'connection-check'),
    'check, warm process': () => job(warm, 'connection-check'),
  });
  const print = (title: string, medians: Record<string, number>) => {
    const base = Object.values(medians)[0]!;
    console.log(`${title} (median of ${RUNS}, ratio to the first line)`);
    for (const [name, ms] of Object.entries(medians)) console.log(`  ${name.padEnd(28)} ${(ms / base).toFixed(2)}×  (${ms.toFixed(0)} ms)`);
  };
  print(`upload of ${path.relative(process.cwd(), projectPath) || projectPath}`, uploads);
  print('preview', previews);
  print('connection check', checks);
} finally {
  await warm.dispose();
  await cold.dispose();
  await bench.close();
  fs.rmSync(work, { recursive: true, force: true });
}
