import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from './job-runner';
import { nodeJobLauncher } from './node-job-launcher';
import { fixtureProject, liveGroupMembers, recordingLauncher, startUploadBench, type UploadBench } from '../../../bench/upload-bench';

// Issue 13: a job process that dies is a failed job with a catalogue problem, never an outcome
// that never comes (the UI waits on it). Killed mid-upload, exiting non-zero, and exiting 0
// without a result are the three ways a job process can end without saying how it went.

let bench: UploadBench;
let scripts: string;
beforeAll(async () => {
  bench = await startUploadBench();
  scripts = fs.mkdtempSync(path.join(os.tmpdir(), 'job-crash-'));
});
afterAll(async () => {
  await bench.close();
  fs.rmSync(scripts, { recursive: true, force: true });
});
afterEach(() => bench.runner.cancelAll());

const spec = () => ({
  kind: 'upload' as const,
  project: fixtureProject(),
  options: { version: '1.0.0', robot: 4 },
  privateKey: bench.key.privateKey,
  proxy: bench.fake.proxyUrl,
});

/** A stand-in worker that ends itself the given way as soon as it is told to run. */
function workerThatEnds(name: string, ending: string): string {
  const file = path.join(scripts, `${name}.cjs`);
  fs.writeFileSync(file, `process.on('message', (m) => { if (m.type === 'run') { ${ending} } });\n`);
  return file;
}

describe('a job process that dies', () => {
  it('killed with SIGKILL mid-upload: the job fails with ci.job-crashed and nothing is left running', async () => {
    let killed = false;
    const uploadsBefore = bench.fake.uploads.length;
    const job = bench.runner.start({
      ...spec(),
      // The first progress event means the job process is running miniprogram-ci: kill it there.
      onProgress: () => {
        if (killed) return;
        killed = true;
        const child = bench.launcher.started.at(-1);
        if (child?.pid !== undefined) process.kill(child.pid, 'SIGKILL');
      },
    });
    const outcome = await job.outcome;
    expect(killed).toBe(true);
    // Killed before miniprogram-ci finished: the fake never received the package.
    expect(bench.fake.uploads.length).toBe(uploadsBefore);
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'ci.job-crashed', severity: 'error', detail: 'job process exited with signal SIGKILL' } });
    expect(bench.runner.isBusy(fixtureProject().appid)).toBe(false);
    // The compilers miniprogram-ci started below the killed process are killed with its group.
    expect(liveGroupMembers(bench.launcher.started.at(-1)?.pid)).toEqual([]);
  });

  it.each([
    ['exits with code 3', 'exit-3', 'process.exit(3);', /code 3/],
    ['exits with code 0 without a result', 'exit-0', 'process.exit(0);', /code 0/],
    ['kills itself', 'self-kill', "process.kill(process.pid, 'SIGKILL');", /signal SIGKILL/],
  ])('%s: the job fails with ci.job-crashed', async (_name, file, ending, detail) => {
    const runner = new JobRunner({ launcher: recordingLauncher(nodeJobLauncher(workerThatEnds(file, ending))), baseEnv: bench.env });
    const outcome = await runner.start(spec()).outcome;
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'ci.job-crashed', severity: 'error', detail: expect.stringMatching(detail) as string } });
    expect(runner.isBusy(fixtureProject().appid)).toBe(false);
  });
});
