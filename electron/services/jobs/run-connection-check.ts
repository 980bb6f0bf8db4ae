import type { JobProgress, JobResults } from '../../../shared/jobs';
import { checkConnection } from './check-connection';
import type { JobRequest } from './job-messages';
import { ProgressTracker } from './progress-tracker';

/** The connection check inside a job process: one signed getattr, with miniprogram-ci's compilers never loaded. */
export async function runConnectionCheck(request: JobRequest, report: (progress: JobProgress) => void): Promise<JobResults['connection-check']> {
  const started = Date.now();
  const tracker = new ProgressTracker(request.jobId, request.kind, 0);
  report(tracker.start());
  const { released, attr } = await checkConnection(request.project.appid, request.privateKey, request.proxy);
  report(tracker.finish());
  return { accepted: true, appid: request.project.appid, released, durationMs: Date.now() - started, ...(attr ? { attr } : {}) };
}
