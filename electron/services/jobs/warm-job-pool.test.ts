import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { JobRunner } from './job-runner';
import { nodeJobLauncher } from './node-job-launcher';
import { fixtureProject, liveGroupMembers, recordingLauncher, startUploadBench, WORKER_FILE, type UploadBench } from '../../../bench/upload-bench';

// The warm job process (warm-job-pool.ts) with the real worker, the real miniprogram-ci and the fake
// WeChat: a job takes the spare, runs there once, and the spare is replaced; nothing is left behind.
let bench: UploadBench;
let launcher: ReturnType<typeof recordingLauncher>;
let runner: JobRunner;
beforeAll(async () => {
  bench = await startUploadBench();
});
afterAll(async () => bench.close());
afterEach(async () => {
  await runner.dispose();
  for (const child of launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
});

function warmRunner(workerFile = WORKER_FILE): JobRunner {
  launcher = recordingLauncher(nodeJobLauncher(workerFile));
  runner = new JobRunner({ launcher, baseEnv: bench.env, warm: true });
  return runner;
}

const upload = (extra: object = {}) => ({
  kind: 'upload' as const,
  project: fixtureProject(),
  options: { version: '2.0.0', robot: 5 },
  privateKey: bench.key.privateKey,
  proxy: bench.fake.proxyUrl,
  ...extra,
});

const connectionCheck = () => ({ kind: 'connection-check' as const, project: fixtureProject(), options: {}, privateKey: bench.key.privateKey, proxy: bench.fake.proxyUrl });

const spareReady = (pool: JobRunner) => vi.waitFor(() => expect(pool.spareStatus().ready).toBe(true), { timeout: 30_000, interval: 50 });

describe('warm job process', () => {
  it('an upload runs in the spare, which exits after it; a new spare waits, and dispose leaves nothing', async () => {
    warmRunner();
    await spareReady(runner);
    const spare = runner.spareStatus().pid;
    expect(launcher.started.map((c) => c.pid)).toEqual([spare]);
    const before = bench.fake.uploads.length;
    const outcome = await runner.start(upload()).outcome;
    expect(outcome).toMatchObject({ ok: true, kind: 'upload' });
    expect(bench.fake.uploads.length).toBe(before + 1);
    expect(bench.fake.uploads.at(-1)?.signatureVerified).toBe(true);
    // The process that ran the job is gone with everything it started; the next spare is another one.
    expect(liveGroupMembers(spare)).toEqual([]);
    expect(launcher.started).toHaveLength(2);
    const next = runner.spareStatus().pid;
    expect(next).toBe(launcher.started[1]!.pid);
    expect(next).not.toBe(spare);
    await runner.dispose();
    expect(liveGroupMembers(next)).toEqual([]);
  });

  it('a job cancelled in the spare is cancelled, and its process is gone', async () => {
    warmRunner();
    const spare = runner.spareStatus().pid;
    const before = bench.fake.uploads.length;
    const job = runner.start(upload());
    // Still loading the library or already compiling: either way the cancel stops it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runner.cancel(job.jobId)).toBe(true);
    expect(await job.outcome).toMatchObject({ ok: false, problem: { code: 'ci.cancelled' } });
    expect(liveGroupMembers(spare)).toEqual([]);
    expect(bench.fake.uploads.length).toBe(before);
  });

  it('a spare that died idle is never handed out: the job starts a process of its own', async () => {
    warmRunner();
    await spareReady(runner);
    const spare = launcher.started[0]!;
    await spare.kill();
    const outcome = await runner.start(connectionCheck()).outcome;
    expect(outcome).toMatchObject({ ok: true, kind: 'connection-check' });
    // The dead spare, the replacement started by this job, and the process the job ran in.
    expect(launcher.started).toHaveLength(3);
  });

  it('a job whose spare is killed mid-job fails as a crashed job', async () => {
    warmRunner();
    await spareReady(runner);
    const spare = launcher.started[0]!;
    const job = runner.start(upload());
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.kill(spare.pid!, 'SIGKILL');
    expect(await job.outcome).toMatchObject({ ok: false, problem: { code: 'ci.job-crashed' } });
  });

  it('a connection check does not wait for a spare still loading the library', async () => {
    warmRunner();
    expect(runner.spareStatus().ready).toBe(false);
    const spare = runner.spareStatus().pid;
    const outcome = await runner.start(connectionCheck()).outcome;
    expect(outcome).toMatchObject({ ok: true });
    // It ran in a process of its own; the spare is still the one waiting.
    expect(launcher.started[1]!.pid).not.toBe(spare);
    expect(runner.spareStatus().pid).toBe(spare);
  });

  it('with a worker that cannot start, jobs fail as crashed jobs and no spare is retried in a loop', async () => {
    warmRunner('/nonexistent/job-worker.cjs');
    const first = await runner.start(upload()).outcome;
    const second = await runner.start(upload()).outcome;
    expect(first).toMatchObject({ ok: false, problem: { code: 'ci.job-crashed' } });
    expect(second).toMatchObject({ ok: false, problem: { code: 'ci.job-crashed' } });
    // One spare at construction, then at most one process and one replacement per job.
    expect(launcher.started.length).toBeLessThanOrEqual(5);
  });
});
