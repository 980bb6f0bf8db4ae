import crypto from 'node:crypto';
import path from 'node:path';
import type { BatchRowStatus, BatchSummary } from '../../../shared/batch';
import { createBatchService } from '../../services/batch/batch-service';
import { readProjectIdentity } from '../../services/project/read-project-identity';
import { readBatchConfigFile } from '../batch-config-file';
import { batchKeySource } from '../batch-key-source';
import type { CommandArgs } from '../cli-args';
import { EXIT, describe, fail, printJson, printProblems, redactUrl, type CliIo } from '../cli-io';
import { createCliRelease } from '../cli-release';
import { chooseProxy } from '../proxy-choice';
import { duration } from '../project-summary-text';
import { SIGNAL_EXIT_CODES } from '../release-job';

/**
 * `mp-release batch <config.json>`: the app's batch queue on the command line. Each row's start and
 * end go to stderr as they happen (several rows run at once, so no progress bar), a row per project
 * and the summary to stdout, or one JSON summary with --json. Exit 1 when any row failed.
 */
export async function batchCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const read = await readBatchConfigFile(args.dir);
  if (!read.ok) return fail(io, args.json, read.problem);
  const { config } = read;
  const proxy = chooseProxy(args.proxy, io.env, 'batch');
  if (!proxy.ok) return fail(io, args.json, proxy.problem);
  if (proxy.proxy) io.stderr.write(`${io.t('cli.proxy.using', { proxy: redactUrl(proxy.proxy), source: proxy.source ?? '' })}\n`);
  const keyDir = path.resolve(args.keyDir ?? path.dirname(path.resolve(args.dir)));
  const made = createCliRelease(batchKeySource(keyDir, args.key, io.env), proxy.proxy);
  if (!made.ok) return fail(io, args.json, made.problem);
  const release = made.release;
  const deadlineMs = args.timeoutSeconds === undefined ? undefined : args.timeoutSeconds * 1000;
  const total = config.rows.length;
  const batch = createBatchService({
    upload: (request, sink) => release.upload(request, sink),
    cancelJob: (jobId) => release.cancel(jobId),
    readProjectIdentity,
    sinkFor: () => ({ deadlineMs }),
    onRow: (_batchId, row) => reportRow(io, row, total),
  });
  const batchId = crypto.randomUUID();
  let signal: NodeJS.Signals | null = null;
  const onSignal = (received: NodeJS.Signals) => {
    if (signal) process.exit(SIGNAL_EXIT_CODES[received] ?? EXIT.interrupted);
    signal = received;
    io.stderr.write(`${io.t('cli.cancelling')}\n`);
    batch.cancel(batchId);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let summary: BatchSummary;
  try {
    summary = await batch.start(batchId, { ...config, rows: config.rows.map((row) => ({ ...row, jobId: crypto.randomUUID() })) });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (args.json) printJson(io, { ok: summary.failed === 0, summary: jsonSummary(io, summary) });
  else printSummary(io, summary);
  if (signal) return SIGNAL_EXIT_CODES[signal] ?? EXIT.interrupted;
  return summary.failed === 0 ? EXIT.ok : EXIT.problem;
}

/** The project's folder name, and the merchant when the row uploads a 第三方平台 template for one. */
function rowName(io: CliIo, row: BatchRowStatus): string {
  const name = path.basename(row.project);
  return row.extAppid ? io.t('batch.cli.row-name-ext', { name, extAppid: row.extAppid }) : name;
}

/** On stderr as it happens: a row started, succeeded, or failed with the problem's words. */
function reportRow(io: CliIo, row: BatchRowStatus, total: number): void {
  const at = { n: row.index + 1, total, name: rowName(io, row), version: row.version };
  if (row.state === 'running') io.stderr.write(`${io.t('batch.cli.row-running', at)}\n`);
  if (row.state === 'ok') io.stderr.write(`${io.t('batch.cli.row-ok', at)}\n`);
  if (row.state === 'failed') {
    io.stderr.write(`${io.t('batch.cli.row-failed', at)}\n`);
    if (row.problem) printProblems(io, [row.problem]);
  }
}

function printSummary(io: CliIo, summary: BatchSummary): void {
  for (const row of summary.rows) {
    const state = io.t(row.state === 'ok' ? 'batch.state.ok' : row.state === 'failed' ? 'batch.state.failed' : 'batch.state.queued');
    const took = row.result ? duration(row.result.durationMs, io.t) : row.problem ? `[${row.problem.code}]` : '';
    io.stdout.write(`${[state, rowName(io, row), row.appid ?? '', row.version, took].filter(Boolean).join('  ')}\n`);
  }
  io.stdout.write(`${io.t('batch.summary', { ok: summary.ok, total: summary.total, failed: summary.failed })}\n`);
}

function jsonSummary(io: CliIo, summary: BatchSummary) {
  return {
    total: summary.total,
    ok: summary.ok,
    failed: summary.failed,
    rows: summary.rows.map((row) => ({
      project: row.project,
      appid: row.appid ?? null,
      extAppid: row.extAppid ?? null,
      version: row.version,
      desc: row.desc ?? null,
      robot: row.robot ?? null,
      state: row.state,
      attempts: row.attempts,
      ...(row.result ? { result: row.result } : {}),
      ...(row.problem ? { problem: describe(io, row.problem) } : {}),
    })),
  };
}
