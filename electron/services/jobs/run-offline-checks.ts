import { createRequire } from 'node:module';
import * as ci from 'miniprogram-ci';
import { classifyCiError } from '../../../shared/errors/classify-ci-error';
import { DEFAULT_COMPILE_SETTINGS, type JobProgress, type JobResults, type OfflinePart, type QualityCheckItem } from '../../../shared/jobs';
import { compiledPackageSizes } from '../precheck/compiled-package-sizes';
import { toRawError, type JobRequest, type OfflineChecksOptions } from './job-messages';
import { ProgressTracker, type RawTaskEvent } from './progress-tracker';
import { toQualityItems } from './quality-items';
import { PROJECT_TYPES } from './run-ci-job';
import { runCompilerInJobProcess } from './compiler-in-job-process';

// The pre-upload check's offline work inside a job process: the package compiled the way an
// upload compiles it (getCompiledResult, same settings, npm built first when the upload would
// build it) and measured, then the code-quality scan, with one load of the library. Nothing here
// needs the key or the network:
// - `attr` is supplied (the library's own defaults, the ones it falls back to when getattr fails),
//   so project.attr() never signs a getattr request;
// - the compiler still asks servicewechat.com for its list of allowed file extensions
//   (getwhiteextlist) and falls back to its built-in list on any failure; every request the library
//   makes here is refused at once, so none leaves the machine and none waits on a network that is
//   not there (the library has no timeouts).
const require = createRequire(__filename);

interface RequestModule {
  request(options: { url?: string }): unknown;
  simpleRequest(options: { url?: string }, callback?: (error: Error) => void): unknown;
}

/**
 * Replaces the library's two request functions for this process. Its modules call them through the
 * module's exports at call time (`(0, request_1.request)(…)`), so every caller gets the refusal.
 * Returns the URLs refused, in order.
 */
function refuseNetwork(): string[] {
  const refused: string[] = [];
  const requests = require('miniprogram-ci/dist/utils/request') as RequestModule;
  const refusal = (url: string | undefined) => {
    refused.push(url ?? '');
    return new Error(`offline check: request to ${url ?? '?'} not made`);
  };
  requests.request = (options) => Promise.reject(refusal(options.url));
  requests.simpleRequest = (options, callback) => callback?.(refusal(options.url));
  return refused;
}

/** The library insists on a key for every project; it is never used here (no signing happens). */
const NO_KEY = 'offline-checks: no key';

export async function runOfflineChecks(request: JobRequest, report: (progress: JobProgress) => void): Promise<JobResults['offline-checks']> {
  runCompilerInJobProcess();
  const started = Date.now();
  const options = request.options as OfflineChecksOptions;
  const refusedRequests = refuseNetwork();
  // Should a request ever slip past the refusal (another library version), it goes through the
  // app's proxy like every other job's, never straight out.
  if (request.proxy) ci.proxy(request.proxy);
  const tracker = new ProgressTracker(request.jobId, request.kind, request.project.expectedFiles);
  report(tracker.start());
  const onProgressUpdate = (event: unknown) => {
    const progress = tracker.update(event as RawTaskEvent | string);
    if (progress) report(progress);
  };
  const { DefaultProjectAttr } = require('miniprogram-ci/dist/config/config') as { DefaultProjectAttr: unknown };
  const project = new ci.Project({
    appid: request.project.appid,
    type: PROJECT_TYPES[request.project.compileType],
    projectPath: request.project.projectPath,
    privateKey: NO_KEY,
    attr: async () => DefaultProjectAttr,
  } as ConstructorParameters<typeof ci.Project>[0]);
  const failed = (error: unknown) => ({ ok: false as const, problem: classifyCiError(toRawError(error), { appid: request.project.appid }) });

  let sizes: JobResults['offline-checks']['sizes'] = null;
  if (options.compile) {
    try {
      if (options.buildNpm) {
        onProgressUpdate({ message: 'Build npm', status: 'doing' });
        await ci.packNpm(project);
        onProgressUpdate({ message: 'Build npm', status: 'done' });
      }
      // `version` is required by the library's type and unused by a compile (preview passes the same).
      const files = await ci.getCompiledResult({ project, version: '0.0.1', setting: DEFAULT_COMPILE_SETTINGS, onProgressUpdate });
      sizes = { ok: true, value: compiledPackageSizes(files) };
    } catch (error) {
      sizes = failed(error);
    }
  }

  let quality: OfflinePart<QualityCheckItem[]> = null;
  if (options.quality) {
    try {
      quality = { ok: true, value: toQualityItems(await ci.checkCodeQuality(project)) };
    } catch (error) {
      quality = failed(error);
    }
  }
  report(tracker.finish());
  return { sizes, quality, refusedRequests, durationMs: Date.now() - started };
}
