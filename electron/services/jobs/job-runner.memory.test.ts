import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureProject, liveGroupMembers, startUploadBench, type UploadBench } from './test-support/upload-bench';

// miniprogram-ci run in-process keeps a 130–320 MB compiler alive per upload and slows down
// with every upload. In a process per job, the parent must stay flat and nothing may linger.
let bench: UploadBench;
beforeAll(async () => {
  bench = await startUploadBench();
});
afterAll(async () => bench.close());

function residentKb(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
}

const uploadOnce = async () => {
  const outcome = await bench.runner.start({
    kind: 'upload',
    project: fixtureProject(),
    options: { version: '1.0.0', robot: 2 },
    privateKey: bench.key.privateKey,
    proxy: bench.fake.proxyUrl,
  }).outcome;
  expect(outcome.ok).toBe(true);
};

it('five uploads in a row leave the parent flat and no job process behind', async () => {
  await uploadOnce(); // warm-up: loads the fake's and the runner's code paths once
  const before = residentKb(process.pid);
  for (let i = 0; i < 5; i++) {
    await uploadOnce();
    for (const child of bench.launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
  }
  const growthMb = (residentKb(process.pid) - before) / 1024;
  expect(growthMb).toBeLessThan(40);
}, 120_000);
