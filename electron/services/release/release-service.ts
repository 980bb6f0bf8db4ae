import type { ApiEvents, EventName, JobStart } from '../../../shared/api';
import type { JobKind } from '../../../shared/jobs';
import type { ProjectReport } from '../../../shared/model';
import { robotProblem, versionProblem } from '../../../shared/release-rules';
import type { JobOptions } from '../jobs/job-messages';
import type { JobRunner } from '../jobs/job-runner';
import type { KeyVault } from '../keys/key-vault';
import type { Logger } from '../logging/logger';

/** Where the service publishes job events; electron/api's EventHub is one. */
export interface EventSink {
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
}

export interface ReleaseServiceDeps {
  readProject(path: string): Promise<ProjectReport>;
  keys: KeyVault;
  runner: JobRunner;
  proxy(): string | null;
  events: EventSink;
  logger: Logger;
}

const DEFAULT_ROBOT = 1;

/**
 * Starts upload, preview and connection-check jobs for an opened project: re-reads the project
 * (it may have changed since it was opened), checks what the operator typed, decrypts the key
 * at the last moment, and reports progress and the outcome as events.
 */
export function createReleaseService(deps: ReleaseServiceDeps) {
  async function start<K extends JobKind>(kind: K, projectRoot: string, options: JobOptions[K]): Promise<JobStart> {
    const report = await deps.readProject(projectRoot);
    const blocking = report.problems.find((p) => p.severity === 'error');
    if (!report.summary || blocking) return { ok: false, problem: blocking ?? { code: 'project.read-failed', severity: 'error' } };
    const { appid, compileType, sizes, npm } = report.summary;
    if (deps.runner.isBusy(appid)) return { ok: false, problem: { code: 'ci.already-running', severity: 'error', params: { appid } } };
    const key = deps.keys.useKey(appid);
    if (!key.ok) return { ok: false, problem: key.problem };
    const job = deps.runner.start({
      kind,
      project: { appid, projectPath: report.summary.projectRoot, compileType, expectedFiles: sizes.fileCount },
      options: kind === 'upload' || kind === 'preview' ? { ...options, buildNpm: npm.needsBuild } : options,
      privateKey: key.pem,
      proxy: deps.proxy(),
      onProgress: (progress) => deps.events.emit('job:progress', progress),
    });
    deps.logger.info(`job ${job.jobId} ${kind} ${appid} started`);
    void job.outcome.then((outcome) => {
      if (outcome.ok) deps.logger.info(`job ${job.jobId} ${kind} ${appid} ok`);
      else deps.logger.warn(`job ${job.jobId} ${kind} ${appid} failed ${outcome.problem.code} ${outcome.problem.detail ?? ''}`);
      deps.events.emit('job:finished', { jobId: job.jobId, outcome });
    });
    return { ok: true, jobId: job.jobId };
  }

  return {
    async upload(input: { projectRoot: string; version: string; desc?: string; robot?: number }): Promise<JobStart> {
      const robot = input.robot ?? DEFAULT_ROBOT;
      const robotIssue = robotProblem(robot);
      if (robotIssue) return { ok: false, problem: robotIssue };
      const report = await deps.readProject(input.projectRoot);
      const versionIssue = versionProblem(input.version, report.summary?.compileType ?? 'miniprogram');
      if (versionIssue) return { ok: false, problem: versionIssue };
      return start('upload', input.projectRoot, { version: input.version.trim(), desc: input.desc?.trim() || undefined, robot });
    },
    preview(input: { projectRoot: string; pagePath?: string; searchQuery?: string; robot?: number }): Promise<JobStart> {
      const { projectRoot, robot = DEFAULT_ROBOT, pagePath, searchQuery } = input;
      return start('preview', projectRoot, { robot, pagePath, searchQuery });
    },
    checkConnection(projectRoot: string): Promise<JobStart> {
      return start('connection-check', projectRoot, {});
    },
    cancel(jobId: string): boolean {
      return deps.runner.cancel(jobId);
    },
  };
}

export type ReleaseService = ReturnType<typeof createReleaseService>;
