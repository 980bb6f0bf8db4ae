import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from './job-runner';
import { nodeJobLauncher } from './node-job-launcher';
import { fixtureProject, liveGroupMembers, recordingLauncher, startUploadBench, type UploadBench } from '../../../bench/upload-bench';

// The runner lives in the app's main process: nothing a job does, or fails to do, may crash it.
let bench: UploadBench;
beforeAll(async () => {
  bench = await startUploadBench();
});
afterAll(async () => bench.close());
// A test that failed or timed out must not leave its job running into the next test.
afterEach(() => bench.runner.cancelAll());

const spec = (extra: object = {}) => ({
  kind: 'upload' as const,
  project: fixtureProject(),
  options: { version: '1.0.0', robot: 4 },
  privateKey: bench.key.privateKey,
  proxy: bench.fake.proxyUrl,
  ...extra,
});

describe('JobRunner robustness', () => {
  it('a cancel right after start, before the process exists, still cancels', async () => {
    const before = bench.fake.uploads.length;
    const job = bench.runner.start(spec());
    expect(bench.runner.cancel(job.jobId)).toBe(true);
    expect(await job.outcome).toMatchObject({ ok: false, problem: { code: 'ci.cancelled' } });
    expect(bench.fake.uploads.length).toBe(before);
    for (const child of bench.launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
  });

  it('a missing worker file is a failed job, not a crash', async () => {
    const launcher = recordingLauncher(nodeJobLauncher('/nonexistent/job-worker.cjs'));
    const runner = new JobRunner({ launcher, baseEnv: bench.env });
    const outcome = await runner.start(spec()).outcome;
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'ci.job-crashed' } });
    expect(runner.isBusy('wx0123456789abcdef')).toBe(false);
  });

  it('a progress listener that throws does not stop the upload', async () => {
    const outcome = await bench.runner.start(
      spec({
        onProgress: () => {
          throw new Error('broken view');
        },
      }),
    ).outcome;
    expect(outcome.ok).toBe(true);
  });
});
