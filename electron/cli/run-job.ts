import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JobKind, JobOutcome, JobResults } from '../../shared/jobs';
import type { Problem } from '../../shared/model';
import { JobRunner, type JobSpec } from '../services/jobs/job-runner';
import { nodeJobLauncher } from '../services/jobs/node-job-launcher';
import { EXIT, fail, type CliIo, type CliStream } from './cli-io';
import { createProgressReporter } from './progress-reporter';

// One job per CLI run, in its own process (the same runner the app uses). Ctrl-C cancels the
// job and the CLI waits for the runner to report, so no compiler process is left behind.

export type JobRun<K extends JobKind> = { outcome: JobOutcome<K>; signal: NodeJS.Signals | null } | { outcome: null; problem: Problem };

/** The bundled worker sits beside the CLI bundle: dist/cli/mp-release.mjs → dist/jobs/job-worker.cjs. */
export function workerFile(): string {
  return fileURLToPath(new URL('../jobs/job-worker.cjs', import.meta.url));
}

export const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

export async function runJob<K extends JobKind>(
  spec: Omit<JobSpec<K>, 'onProgress'>,
  options: { stderr: CliStream; showProgress: boolean },
): Promise<JobRun<K>> {
  const worker = workerFile();
  if (!existsSync(worker)) return { outcome: null, problem: { code: 'cli.not-built', severity: 'error', params: { file: worker } } };

  const runner = new JobRunner({ launcher: nodeJobLauncher(worker) });
  const reporter = options.showProgress ? createProgressReporter(options.stderr) : null;
  const job = runner.start({ ...spec, onProgress: reporter ? (progress) => reporter.update(progress) : undefined });

  let signal: NodeJS.Signals | null = null;
  const onSignal = (received: NodeJS.Signals) => {
    // A second Ctrl-C does not wait any longer; the job process notices its parent is gone and cleans up.
    if (signal) process.exit(SIGNAL_EXIT_CODES[received] ?? 130);
    signal = received;
    reporter?.end();
    options.stderr.write('正在取消…（再按一次 Ctrl-C 立即退出）\n');
    runner.cancel(job.jobId);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const outcome = await job.outcome;
    return { outcome, signal };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    reporter?.end();
  }
}

/**
 * A job as a command runs it: the deadline from --timeout, progress on stderr, and a failure
 * reported with its exit code (130/143 when the operator stopped it).
 */
export async function runCommandJob<K extends JobKind>(
  io: { stderr: CliStream; stdout: CliStream },
  args: { json?: boolean; timeoutSeconds?: number },
  spec: Omit<JobSpec<K>, 'onProgress' | 'deadlineMs'>,
): Promise<{ ok: true; value: JobResults[K] } | { ok: false; exitCode: number }> {
  const deadlineMs = args.timeoutSeconds === undefined ? undefined : args.timeoutSeconds * 1000;
  const run = await runJob({ ...spec, deadlineMs }, { stderr: io.stderr, showProgress: true });
  if (!run.outcome) return { ok: false, exitCode: fail(io as CliIo, Boolean(args.json), run.problem) };
  const { outcome, signal } = run;
  if (outcome.ok) return { ok: true, value: outcome.value };
  const code = fail(io as CliIo, Boolean(args.json), outcome.problem);
  return { ok: false, exitCode: signal ? (SIGNAL_EXIT_CODES[signal] ?? EXIT.interrupted) : code };
}
