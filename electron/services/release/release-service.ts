import crypto from 'node:crypto';
import type { ConnectionCheckResult, JobKind, JobOutcome, JobProgress, UploadExt } from '../../../shared/jobs';
import type { Problem, ProjectCheck, ProjectReport, ProjectSummary } from '../../../shared/model';
import { DEFAULT_ROBOT, releaseOptionsProblem } from '../../../shared/release-rules';
import { blockingProblems } from '../../../shared/verdict';
import type { JobOptions, JobProject } from '../jobs/job-messages';
import type { JobRunner, StartedJob } from '../jobs/job-runner';
import type { KeySource } from '../keys/key-source';
import type { Logger } from '../logging/logger';
import type { AttrCache } from './attr-cache';

export interface ReleaseServiceDeps {
  checkProject(droppedPath: string): Promise<ProjectCheck>;
  /** The project without the domain scan: what npm installs and the offline checks go by. */
  readProject(droppedPath: string): Promise<ProjectReport>;
  /** The folder and AppID from project.config.json alone: all a connection check needs. */
  readProjectIdentity(droppedPath: string): Promise<JobProject | Problem>;
  keys: KeySource;
  runner: JobRunner;
  proxy(): string | null;
  /** The app's npm registry setting (npm installs); absent or null: npm's own registry. */
  npmRegistry?(): string | null;
  logger: Logger;
  /** getattr answers of this session's connection checks, reused by the next upload or preview. */
  attrs?: AttrCache;
}

/** Jobs that start with project.attr(), a signed getattr, unless given the answer. */
const ATTR_JOBS: ReadonlySet<JobKind> = new Set<JobKind>(['upload', 'preview']);

/** Where a job reports to, and what the caller decides about it. */
export interface JobSink {
  /** The caller's name for the job (a fresh UUID), so progress and cancel can refer to it at once. */
  jobId?: string;
  onProgress?(progress: JobProgress): void;
  /** The verdict the job was decided on, before anything runs (the CLI prints its warnings). */
  onCheck?(check: ProjectCheck): void;
  /** The job passed every rule and its process was started (a refusal never gets here). */
  onStarted?(): void;
  deadlineMs?: number;
  /** A batch row: its robots hear of it, but the desktop hears once, for the whole batch. */
  quietDesktop?: boolean;
}

export interface UploadRequest {
  projectRoot: string;
  version: string;
  desc?: string;
  robot?: number;
  /** A 第三方平台 template uploaded for this merchant (batch rows with `extAppid`). */
  ext?: UploadExt;
}

export interface PreviewRequest {
  projectRoot: string;
  pagePath?: string;
  searchQuery?: string;
  robot?: number;
}

/** Sizes and npm state decide how the job runs; the summary is read once per job. */
export function jobProjectOf(summary: ProjectSummary): JobProject {
  return { appid: summary.appid, projectPath: summary.projectRoot, compileType: summary.compileType, expectedFiles: summary.sizes.fileCount };
}

/** The folders the verdict says need an install: one per package.json with missing packages. */
export function npmInstallFolders(problems: readonly Problem[]): string[] {
  const folders = problems.filter((p) => p.code === 'project.npm-missing').map((p) => p.params?.folder);
  return [...new Set(folders.filter((folder): folder is string => typeof folder === 'string' && folder !== ''))];
}

/**
 * The release policy, for the app and the CLI alike. Every job: reads the project once (it may have
 * changed since it was opened), refuses it on the verdict's errors, applies the release rules to
 * what the operator typed, takes the key at the last moment, and resolves with the job's outcome.
 */
export function createReleaseService(deps: ReleaseServiceDeps) {
  /** Jobs still being decided on; a cancel then stops them before any process starts. */
  const preparing = new Map<string, { cancelled: boolean }>();

  async function run<K extends JobKind>(
    kind: K,
    sink: JobSink,
    decide: () => Promise<{ project: JobProject; options: JobOptions[K] } | Problem>,
    { needsKey = true }: { needsKey?: boolean } = {},
  ): Promise<JobOutcome<K>> {
    const jobId = sink.jobId ?? crypto.randomUUID();
    if (preparing.has(jobId) || deps.runner.has(jobId)) throw new Error(`Job id ${jobId} is already in use`);
    const entry = { cancelled: false };
    preparing.set(jobId, entry);
    const refuse = (problem: Problem): JobOutcome<K> => ({ ok: false, kind, problem });
    const cancelled: Problem = { code: 'ci.cancelled', severity: 'error' };
    let started: StartedJob<K>;
    let appid: string;
    let attrKey: string;
    try {
      const decided = await decide();
      if ('code' in decided) return refuse(decided);
      const { project, options } = decided;
      appid = project.appid;
      if (entry.cancelled) return refuse(cancelled);
      if (deps.runner.isBusy(appid)) return refuse({ code: 'ci.already-running', severity: 'error', params: { appid } });
      // An npm install signs nothing: it neither needs nor gets the key.
      const key = needsKey ? await deps.keys.useKey(appid) : { ok: true as const, pem: '' };
      if (!key.ok) return refuse(key.problem);
      if (entry.cancelled) return refuse(cancelled);
      attrKey = key.pem;
      started = deps.runner.start({
        jobId,
        kind,
        project,
        options,
        privateKey: key.pem,
        proxy: deps.proxy(),
        attr: ATTR_JOBS.has(kind) ? deps.attrs?.get(appid, key.pem) : undefined,
        deadlineMs: sink.deadlineMs,
        onProgress: sink.onProgress,
      });
    } finally {
      // The runner knows the job from here on (start registers it at once), so cancel finds it there.
      preparing.delete(jobId);
    }
    deps.logger.info(`job ${jobId} ${kind} ${appid} started`);
    sink.onStarted?.();
    const outcome = remember(appid, attrKey, await started.outcome);
    if (outcome.ok) deps.logger.info(`job ${jobId} ${kind} ${appid} ok`);
    else deps.logger.warn(`job ${jobId} ${kind} ${appid} failed ${outcome.problem.code} ${outcome.problem.detail ?? ''}`);
    return outcome;
  }

  /** Keeps a connection check's getattr answer for the next upload (out of the outcome); forgets it on any failure. */
  function remember<K extends JobKind>(appid: string, pem: string, outcome: JobOutcome<K>): JobOutcome<K> {
    if (!outcome.ok) {
      deps.attrs?.forget(appid);
      return outcome;
    }
    if (outcome.kind !== 'connection-check') return outcome;
    const { attr, ...value } = outcome.value as ConnectionCheckResult;
    if (attr && pem) deps.attrs?.set(appid, pem, attr);
    return { ...outcome, value } as JobOutcome<K>;
  }

  /** The verdict, handed to the sink; a project with errors is refused before anything else. */
  async function releasable(projectRoot: string, sink: JobSink): Promise<ProjectSummary | Problem> {
    const check = await deps.checkProject(projectRoot);
    sink.onCheck?.(check);
    const errors = blockingProblems(check.problems);
    if (!check.summary) return errors[0] ?? { code: 'project.read-failed', severity: 'error' };
    if (errors.length > 0) return { code: 'release.project-blocked', severity: 'error', params: { count: errors.length } };
    return check.summary;
  }

  return {
    upload(request: UploadRequest, sink: JobSink = {}): Promise<JobOutcome<'upload'>> {
      return run('upload', sink, async () => {
        const summary = await releasable(request.projectRoot, sink);
        if ('code' in summary) return summary;
        const typed = { version: request.version.trim(), robot: request.robot ?? DEFAULT_ROBOT, desc: request.desc?.trim() || undefined };
        const rule = releaseOptionsProblem(typed, summary.compileType);
        if (rule) return rule;
        const ext = request.ext ? { ext: request.ext } : {};
        return { project: jobProjectOf(summary), options: { ...typed, buildNpm: summary.npm.needsBuild, ...ext } };
      });
    },

    preview(request: PreviewRequest, sink: JobSink = {}): Promise<JobOutcome<'preview'>> {
      return run('preview', sink, async () => {
        const summary = await releasable(request.projectRoot, sink);
        if ('code' in summary) return summary;
        const robot = request.robot ?? DEFAULT_ROBOT;
        const rule = releaseOptionsProblem({ robot }, summary.compileType);
        if (rule) return rule;
        const { pagePath, searchQuery } = request;
        return { project: jobProjectOf(summary), options: { robot, pagePath, searchQuery, buildNpm: summary.npm.needsBuild } };
      });
    },

    /** Needs only the AppID: a project with other problems can still prove its key and whitelist. */
    checkConnection(request: { projectRoot: string }, sink: JobSink = {}): Promise<JobOutcome<'connection-check'>> {
      return run('connection-check', sink, async () => {
        const project = await deps.readProjectIdentity(request.projectRoot);
        return 'code' in project ? project : { project, options: {} };
      });
    },

    /**
     * The pre-upload check's offline work (sizes compiled as an upload compiles, the code-quality
     * scan): no key, no network. The project's own blockers (npm packages missing, a broken page)
     * would make a compile fail or its numbers meaningless, so then only the quality scan runs.
     */
    offlineChecks(request: { projectRoot: string }, sink: JobSink = {}): Promise<JobOutcome<'offline-checks'>> {
      return run(
        'offline-checks',
        sink,
        async () => {
          const report = await deps.readProject(request.projectRoot);
          if (!report.summary) return blockingProblems(report.problems)[0] ?? { code: 'project.read-failed', severity: 'error' };
          const compile = blockingProblems(report.problems).length === 0;
          const options = { compile, buildNpm: compile && report.summary.npm.needsBuild, quality: report.summary.compileType === 'miniprogram' };
          return { project: jobProjectOf(report.summary), options };
        },
        { needsKey: false },
      );
    },

    /**
     * Installs what the project's check found missing (project.npm-missing), in the folder of each
     * package.json, through the app's proxy. Nothing else blocks it: missing packages are often not
     * the project's only problem. With nothing missing the job installs nothing (no folders).
     */
    installNpm(request: { projectRoot: string }, sink: JobSink = {}): Promise<JobOutcome<'npm-install'>> {
      return run(
        'npm-install',
        sink,
        async () => {
          const report = await deps.readProject(request.projectRoot);
          if (!report.summary) return blockingProblems(report.problems)[0] ?? { code: 'project.read-failed', severity: 'error' };
          const folders = npmInstallFolders(report.problems);
          return { project: jobProjectOf(report.summary), options: { folders, registry: deps.npmRegistry?.() ?? null } };
        },
        { needsKey: false },
      );
    },

    /** Stops a job, also one still being decided on. False when no such job is known. */
    cancel(jobId: string): boolean {
      const pending = preparing.get(jobId);
      if (pending) {
        pending.cancelled = true;
        return true;
      }
      return deps.runner.cancel(jobId);
    },
  };
}

export type ReleaseService = ReturnType<typeof createReleaseService>;
