import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import { classifyCiError } from '../../../shared/errors/classify-ci-error';
import type { JobKind, JobOutcome, JobProgress, JobResults } from '../../../shared/jobs';
import type { Problem } from '../../../shared/model';
import { jobProcessEnv } from './job-env';
import type { JobLauncher } from './job-launcher';
import type { JobOptions, JobProject, WorkerMessage } from './job-messages';
import { launchFresh, WarmJobPool, type LaunchedJob, type SpareStatus } from './warm-job-pool';

/** How long each kind of job may take before it is stopped (miniprogram-ci has no timeouts of its own). */
export const DEFAULT_DEADLINES_MS: Record<JobKind, number> = {
  upload: 10 * 60_000,
  preview: 10 * 60_000,
  'pack-npm': 10 * 60_000,
  'quality-scan': 2 * 60_000,
  'connection-check': 60_000,
  // A few hundred packages on a slow mirror; arborist's own fetches time out (and retry) well within this.
  'npm-install': 10 * 60_000,
  // A compile like an upload's (minutes for a big project on a busy machine) plus the quality scan; no network.
  'offline-checks': 5 * 60_000,
};

const EXIT_GRACE_MS = 2_000;
const CANCEL_GRACE_MS = 1_000;

export interface JobSpec<K extends JobKind> {
  /** The caller's name for the job; a fresh UUID when absent. */
  jobId?: string;
  kind: K;
  project: JobProject;
  options: JobOptions[K];
  privateKey: string;
  proxy: string | null;
  /** getattr's answer this session already has for this appid and key (upload, preview). */
  attr?: Record<string, unknown>;
  deadlineMs?: number;
  onProgress?: (progress: JobProgress) => void;
}

export interface StartedJob<K extends JobKind> {
  jobId: string;
  outcome: Promise<JobOutcome<K>>;
}

interface Running {
  appid: string;
  /** Set by cancel or a deadline, also before the process exists, so a stop is never lost. */
  stopped: Problem | null;
  onStop: ((problem: Problem) => void) | null;
  done?: Promise<unknown>;
}

export interface JobRunnerOptions {
  launcher: JobLauncher;
  /** The environment job processes start from; proxies are removed from it. */
  baseEnv?: NodeJS.ProcessEnv;
  tempRoot?: string;
  deadlinesMs?: Partial<Record<JobKind, number>>;
  /**
   * Keep one job process started ahead with the library loaded (warm-job-pool.ts): the app, which
   * runs many jobs. The CLI runs one job per run and gains nothing from a spare.
   */
  warm?: boolean;
}

/** Jobs that load all of miniprogram-ci (a spare still loading it is ahead of a fresh process). */
const LIBRARY_JOBS: ReadonlySet<JobKind> = new Set<JobKind>(['upload', 'preview', 'pack-npm', 'quality-scan', 'offline-checks']);

/** A listener's own error must not take down the process that runs the jobs. */
function reportProgress<K extends JobKind>(spec: JobSpec<K>, progress: JobProgress): void {
  try {
    spec.onProgress?.(progress);
  } catch {
    // The progress view is the listener's business; the job goes on.
  }
}

/**
 * Runs each miniprogram-ci job in a fresh process, in a fresh working folder, one job per appid
 * at a time, with a deadline, and kills the process (and all it started) on cancel or timeout.
 */
export class JobRunner {
  private readonly running = new Map<string, Running>();
  private readonly pool: WarmJobPool | null;

  constructor(private readonly options: JobRunnerOptions) {
    this.pool = options.warm ? new WarmJobPool(options.launcher, this.env(), this.tempRoot()) : null;
  }

  has(jobId: string): boolean {
    return this.running.has(jobId);
  }

  isBusy(appid: string): boolean {
    return [...this.running.values()].some((job) => job.appid === appid);
  }

  start<K extends JobKind>(spec: JobSpec<K>): StartedJob<K> {
    const jobId = spec.jobId ?? crypto.randomUUID();
    if (this.running.has(jobId)) throw new Error(`Job id ${jobId} is already in use`);
    const { appid } = spec.project;
    if (this.isBusy(appid)) {
      const problem: Problem = { code: 'ci.already-running', severity: 'error', params: { appid } };
      return { jobId, outcome: Promise.resolve({ ok: false, kind: spec.kind, problem }) };
    }
    const entry: Running = { appid, stopped: null, onStop: null };
    this.running.set(jobId, entry);
    const outcome = this.execute(jobId, spec, entry)
      .catch((error: unknown): JobOutcome<K> => {
        // A job that could not even start (no temp folder, no worker) is a failed job, never a crash.
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, kind: spec.kind, problem: { code: 'ci.job-crashed', severity: 'error', detail } };
      })
      .finally(() => this.running.delete(jobId));
    entry.done = outcome;
    return { jobId, outcome };
  }

  /** Stops a job at once; its outcome becomes 'ci.cancelled'. False when no such job runs. */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    job.stopped ??= { code: 'ci.cancelled', severity: 'error' };
    job.onStop?.(job.stopped);
    return true;
  }

  /** Cancels every job and resolves when all their processes are gone (before the app quits). */
  async cancelAll(): Promise<void> {
    const jobs = [...this.running.entries()];
    for (const [jobId] of jobs) this.cancel(jobId);
    await Promise.all(jobs.map(([, job]) => job.done));
  }

  /** Cancels every job and kills the idle spare process: nothing is left running (app quit). */
  async dispose(): Promise<void> {
    await Promise.all([this.cancelAll(), this.pool?.dispose()]);
  }

  /** The warm spare process, if this runner keeps one (tests, measurements). */
  spareStatus(): SpareStatus {
    return this.pool?.status() ?? { pid: undefined, ready: false };
  }

  private env(): NodeJS.ProcessEnv {
    return jobProcessEnv(this.options.baseEnv ?? process.env);
  }

  private tempRoot(): string {
    return this.options.tempRoot ?? os.tmpdir();
  }

  /** A process in a fresh folder: the spare when there is one, else one started now. */
  private launch(kind: JobKind): Promise<LaunchedJob> {
    if (this.pool) return this.pool.take({ needsLibrary: LIBRARY_JOBS.has(kind) });
    return launchFresh(this.options.launcher, this.env(), this.tempRoot());
  }

  private async execute<K extends JobKind>(jobId: string, spec: JobSpec<K>, entry: Running): Promise<JobOutcome<K>> {
    const deadlineMs = spec.deadlineMs ?? this.options.deadlinesMs?.[spec.kind] ?? DEFAULT_DEADLINES_MS[spec.kind];
    if (entry.stopped) return { ok: false, kind: spec.kind, problem: entry.stopped };
    const { child, cwd } = await this.launch(spec.kind);
    try {
      return await new Promise<JobOutcome<K>>((resolve) => {
        let settled = false;
        // Reported only once the process and its compilers are gone, so nothing outlives a job.
        // After a result the job process cleans up and exits by itself; otherwise it is killed.
        // A stopped job is asked to kill its compilers itself first (the only way that works for
        // Electron's utility processes), then killed outright if it has not exited by then.
        const settle = (outcome: JobOutcome<K>, graceful = false) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (!graceful) child.send({ type: 'cancel' });
          const exited = child.waitForExit(graceful ? EXIT_GRACE_MS : CANCEL_GRACE_MS);
          void exited.then(() => child.kill()).then(() => resolve(outcome));
        };
        const fail = (problem: Problem, graceful = false) => settle({ ok: false, kind: spec.kind, problem }, graceful);
        const timer = setTimeout(
          () => fail({ code: 'ci.timeout', severity: 'error', params: { seconds: Math.round(deadlineMs / 1000) }, detail: `deadline ${deadlineMs} ms` }),
          deadlineMs,
        );
        entry.onStop = fail;
        child.onMessage((message: WorkerMessage) => {
          if (message.type === 'ready') return; // A spare's word to the pool, before this job's own.
          if (message.type === 'progress') reportProgress(spec, message.progress);
          else if (message.type === 'result') settle({ ok: true, kind: spec.kind, value: message.value as JobResults[K] }, true);
          else if (message.type === 'problem') fail(message.problem, true);
          else fail(classifyCiError(message.error, { appid: spec.project.appid }), true);
        });
        // Any exit before a result (killed, out of memory, exit 0 without a word) fails the job;
        // the process's own result or problem, when it came first, has settled it already.
        child.onExit((code, signal) => {
          const how = signal ? `signal ${signal}` : `code ${code}`;
          fail({ code: 'ci.job-crashed', severity: 'error', detail: `job process exited with ${how}` });
        });
        child.send({ type: 'run', jobId, kind: spec.kind, project: spec.project, options: spec.options, privateKey: spec.privateKey, proxy: spec.proxy, attr: spec.attr });
        if (entry.stopped) fail(entry.stopped);
      });
    } finally {
      await fs.rm(cwd, { recursive: true, force: true });
    }
  }
}
