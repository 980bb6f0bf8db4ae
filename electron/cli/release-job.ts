import crypto from 'node:crypto';
import type { JobKind, JobOutcome, JobResults } from '../../shared/jobs';
import type { Problem, ProjectCheck } from '../../shared/model';
import type { JobSink, ReleaseService } from '../services/release/release-service';
import type { CommandArgs, CommandName } from './cli-args';
import type { CliProblem } from './cli-problems';
import { EXIT, fail, printProblems, redactUrl, type CliIo } from './cli-io';
import { cliKeySource } from './cli-key-source';
import { createCliRelease } from './cli-release';
import { createProgressReporter } from './progress-reporter';
import { chooseProxy } from './proxy-choice';

// A job as a command runs it, on the app's release service: the proxy and key as the command
// line gives them, the verdict's problems on stderr before anything runs, progress on stderr,
// Ctrl-C cancelling the job (the service waits until its processes are gone), and a failure
// reported with its exit code (130/143 when the operator stopped it).

export const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

export type Step<T> = { ok: true; value: T } | { ok: false; exitCode: number };

export interface CliRelease {
  service: ReleaseService;
  /** The proxy the command line chose (also for the public-IP lookup: its address is what WeChat sees). */
  proxy: string | null;
}

/** The release service for one command, or the exit code of why it cannot be had. */
export function openRelease(io: CliIo, args: CommandArgs, command: CommandName): Step<CliRelease> {
  const proxy = chooseProxy(args.proxy, io.env, command);
  if (!proxy.ok) return { ok: false, exitCode: fail(io, args.json, proxy.problem) };
  if (proxy.proxy) io.stderr.write(`${io.t('cli.proxy.using', { proxy: redactUrl(proxy.proxy), source: proxy.source ?? '' })}\n`);
  const made = createCliRelease(cliKeySource(args.key, io.env), proxy.proxy);
  if (!made.ok) return { ok: false, exitCode: fail(io, args.json, made.problem) };
  return { ok: true, value: { service: made.release, proxy: proxy.proxy } };
}

export interface JobRun<K extends JobKind> {
  value: JobResults[K];
  /** The verdict the job was decided on; null for jobs that need none (the connection check). */
  check: ProjectCheck | null;
  /** The verdict's problems as printed, for the JSON output. */
  problems: CliProblem[];
}

export type JobStep<K extends JobKind> = { ok: true; value: JobRun<K> } | { ok: false; exitCode: number; problem: Problem };

/**
 * Runs one job. `json: false` leaves the JSON document to the caller (doctor adds the public IP
 * to it); the problem is still printed on stderr.
 */
export async function runReleaseJob<K extends JobKind>(
  io: CliIo,
  args: CommandArgs,
  release: CliRelease,
  start: (service: ReleaseService, sink: JobSink) => Promise<JobOutcome<K>>,
  options: { showProgress?: boolean; json?: boolean } = {},
): Promise<JobStep<K>> {
  const { showProgress = true, json = args.json } = options;
  const jobId = crypto.randomUUID();
  const reporter = showProgress ? createProgressReporter(io.stderr, io.t) : null;
  let problems: CliProblem[] = [];
  const seen: { check: ProjectCheck | null } = { check: null };
  const onCheck = (verdict: ProjectCheck) => {
    seen.check = verdict;
    problems = printProblems(io, verdict.problems);
  };
  let signal: NodeJS.Signals | null = null;
  const onSignal = (received: NodeJS.Signals) => {
    // A second Ctrl-C does not wait any longer; the job process notices its parent is gone and cleans up.
    if (signal) process.exit(SIGNAL_EXIT_CODES[received] ?? EXIT.interrupted);
    signal = received;
    reporter?.end();
    io.stderr.write(`${io.t('cli.cancelling')}\n`);
    release.service.cancel(jobId);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let outcome: JobOutcome<K>;
  try {
    const deadlineMs = args.timeoutSeconds === undefined ? undefined : args.timeoutSeconds * 1000;
    outcome = await start(release.service, { jobId, deadlineMs, onCheck, onProgress: reporter ? (progress) => reporter.update(progress) : undefined });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    reporter?.end();
  }
  if (outcome.ok) return { ok: true, value: { value: outcome.value, check: seen.check, problems } };
  // A project that could not be read is refused with its first error, already printed above.
  const code = fail(io, json, outcome.problem, { problems }, !seen.check?.problems.includes(outcome.problem));
  return { ok: false, problem: outcome.problem, exitCode: signal ? (SIGNAL_EXIT_CODES[signal] ?? EXIT.interrupted) : code };
}
