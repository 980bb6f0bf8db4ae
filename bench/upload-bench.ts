import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startFakeWechat, type FakeWechat } from '../e2e/fake-wechat/fake-wechat-server';
import { rsaPair } from '../electron/services/keys/test-support/key-files';
import { JobRunner } from '../electron/services/jobs/job-runner';
import type { JobLauncher, JobProcess } from '../electron/services/jobs/job-launcher';
import type { JobProject } from '../electron/services/jobs/job-messages';
import { nodeJobLauncher } from '../electron/services/jobs/node-job-launcher';

export const FIXTURE_ROOT = path.resolve('e2e/fixtures/projects/nested-shop/frontend');
export const FIXTURE_APPID = 'wx0123456789abcdef';
export const WORKER_FILE = path.resolve('dist/jobs/job-worker.cjs');

export function fixtureProject(overrides: Partial<JobProject> = {}): JobProject {
  return { appid: FIXTURE_APPID, projectPath: FIXTURE_ROOT, compileType: 'miniprogram', expectedFiles: 24, ...overrides };
}

export function makeTestKey(): { privateKey: string; publicKey: string } {
  return rsaPair();
}

/** The real Node launcher, recording every job process it starts so tests can check none is left. */
export function recordingLauncher(inner: JobLauncher): JobLauncher & { started: JobProcess[] } {
  const started: JobProcess[] = [];
  return {
    started,
    launch(options) {
      const child = inner.launch(options);
      started.push(child);
      return child;
    },
  };
}

/**
 * Live (not zombie) processes in the job's process group. A SIGKILLed group's orphans may stay
 * zombies until init reaps them; they hold no memory and run nothing, so they do not count.
 */
export function liveGroupMembers(pid: number | undefined): string[] {
  if (pid === undefined) return [];
  try {
    const out = execFileSync('ps', ['-o', 'pid=,stat=,args=', '-g', String(pid)], { encoding: 'utf8' });
    return out.split('\n').filter((line) => line.trim() && !/^\s*\d+\s+Z/.test(line));
  } catch {
    return []; // ps exits 1 when the group is empty.
  }
}

export interface UploadBench {
  fake: FakeWechat;
  runner: JobRunner;
  launcher: ReturnType<typeof recordingLauncher>;
  key: { privateKey: string; publicKey: string };
  /** The environment the job processes get: the test CA, so the fake's certificate is trusted. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export async function startUploadBench(options: { baseEnv?: NodeJS.ProcessEnv } = {}): Promise<UploadBench> {
  const key = makeTestKey();
  const fake = await startFakeWechat({ apps: { [FIXTURE_APPID]: key.publicKey } });
  const launcher = recordingLauncher(nodeJobLauncher(WORKER_FILE));
  const env = { ...process.env, ...options.baseEnv, NODE_EXTRA_CA_CERTS: fake.caCertPath };
  const runner = new JobRunner({ launcher, baseEnv: env });
  return {
    fake,
    runner,
    launcher,
    key,
    env,
    async close() {
      await runner.cancelAll();
      await fake.close();
    },
  };
}
