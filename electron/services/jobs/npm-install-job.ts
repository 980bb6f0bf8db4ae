import path from 'node:path';
import type { JobProgress, NpmInstalledFolder, NpmInstallResult } from '../../../shared/jobs';
import type { Problem } from '../../../shared/model';
import { classifyNpmError } from '../npm/classify-npm-error';
import { installFolder, LockfileOutOfSync } from '../npm/install-folder';
import { InstallProgress } from '../npm/install-progress';
import { registryConfig, registryFor, type RegistryConfig } from '../npm/npmrc';
import { JobFailure, type JobRequest } from './job-messages';

// Runs inside the job process: npm ci --omit=dev (npm install without a lockfile) in each folder
// whose packages the project check found missing, one after the other. Failures leave here as
// classified problems (JobFailure): only this process has npm's error objects with their fields.

export async function runNpmInstallJob(request: JobRequest, report: (progress: JobProgress) => void): Promise<NpmInstallResult> {
  const started = Date.now();
  const options = request.options as JobRequest<'npm-install'>['options'];
  const progress = new InstallProgress(request.jobId, options.folders.length, report);
  const stopListening = progress.listen();
  progress.start();
  const folders: NpmInstalledFolder[] = [];
  try {
    for (const [index, folder] of options.folders.entries()) {
      progress.folderStarted(index);
      const registries = await registryConfig(folder, options.registry);
      const before = progress.total;
      try {
        const installed = await installFolder({
          folder,
          registries,
          proxy: request.proxy,
          cache: path.join(process.cwd(), 'npm-cache'),
          onPlanned: (count) => progress.plannedPackages(count),
        });
        folders.push({ ...installed, added: progress.total - before });
      } catch (error) {
        throw new JobFailure(problemOf(error, folder, registries, request.proxy));
      }
    }
  } finally {
    stopListening();
  }
  progress.finish();
  return { folders, durationMs: Date.now() - started };
}

function problemOf(error: unknown, folder: string, registries: RegistryConfig, proxy: string | null): Problem {
  if (error instanceof LockfileOutOfSync) {
    return { code: 'npm.lockfile-out-of-sync', severity: 'error', params: { file: error.lockfile }, detail: error.message };
  }
  return classifyNpmError(error, { registryFor: (name) => registryFor(registries, name), proxy, folder });
}
