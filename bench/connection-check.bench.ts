// What a connection check costs beyond starting its job process, against the fake WeChat on loopback.
// Run: npx tsx bench/connection-check.bench.ts
//
// "start" is a job process that is forked, takes its cancel message and exits: the fixed price of a job.
// "check" is a whole connection check (fork, sign, getrandstr + getattr through the proxy, exit). The
// check loads only miniprogram-ci's signing and request modules; loading the whole library would add
// about 0.9 s on two cores, which is what this bench would show if it crept back.

import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fixtureProject, startUploadBench, WORKER_FILE } from './upload-bench';
import { nodeJobLauncher } from '../electron/services/jobs/node-job-launcher';

const RUNS = 7;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function startOnly(): Promise<number> {
  const started = performance.now();
  const child = nodeJobLauncher(WORKER_FILE).launch({ cwd: os.tmpdir(), env: process.env });
  child.send({ type: 'cancel' });
  await child.waitForExit(10_000);
  return performance.now() - started;
}

const bench = await startUploadBench();
try {
  const starts: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    starts.push(await startOnly());
    const started = performance.now();
    const outcome = await bench.runner.start({ kind: 'connection-check', project: fixtureProject(), options: {}, privateKey: bench.key.privateKey, proxy: bench.fake.proxyUrl }).outcome;
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    checks.push(performance.now() - started);
  }
  const [start, check] = [median(starts), median(checks)];
  console.log('connection check against the fake WeChat (median of 7)');
  console.log(`  job process start and exit  ${start.toFixed(0).padStart(5)} ms`);
  console.log(`  whole connection check      ${check.toFixed(0).padStart(5)} ms`);
  console.log(`  beyond the process start    ${(check - start).toFixed(0).padStart(5)} ms (signing modules, two requests through the proxy)`);
} finally {
  await bench.close();
}
