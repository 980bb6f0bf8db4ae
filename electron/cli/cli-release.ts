import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../shared/model';
import { JobRunner } from '../services/jobs/job-runner';
import { nodeJobLauncher } from '../services/jobs/node-job-launcher';
import type { KeySource } from '../services/keys/key-source';
import { silentLogger } from '../services/logging/logger';
import { readProject } from '../services/project/read-project';
import { readProjectIdentity } from '../services/project/read-project-identity';
import { checkProject } from '../services/release/check-project';
import { createReleaseService, type ReleaseService } from '../services/release/release-service';

/** The bundled worker sits beside the CLI bundle: dist/cli/mp-release.mjs → dist/jobs/job-worker.cjs. */
export function workerFile(): string {
  return fileURLToPath(new URL('../jobs/job-worker.cjs', import.meta.url));
}

/** The app's release service, with the command line's key and proxy and job processes under plain Node. */
export function createCliRelease(keys: KeySource, proxy: string | null): { ok: true; release: ReleaseService } | { ok: false; problem: Problem } {
  const worker = workerFile();
  if (!existsSync(worker)) return { ok: false, problem: { code: 'cli.not-built', severity: 'error', params: { file: worker } } };
  const runner = new JobRunner({ launcher: nodeJobLauncher(worker) });
  return { ok: true, release: createReleaseService({ checkProject, readProject, readProjectIdentity, keys, runner, proxy: () => proxy, logger: silentLogger }) };
}
