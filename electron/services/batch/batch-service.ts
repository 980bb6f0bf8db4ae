import { resolveBatchRow, summarise, BATCH_CONCURRENCY_DEFAULT, type BatchConfig, type BatchLast, type BatchRowStatus, type BatchSummary } from '../../../shared/batch';
import type { JobOutcome } from '../../../shared/jobs';
import type { Problem } from '../../../shared/model';
import type { JobProject } from '../jobs/job-messages';
import type { JobSink, UploadRequest } from '../release/release-service';
import { readExtJson } from '../project/read-ext-json';
import type { BatchLedger } from './batch-ledger';
import { BatchQueue, type QueueRow } from './batch-queue';

// A batch of uploads, for the app and `mp-release batch` alike: each row goes through the release
// chain's `upload` the caller hands in (in the app the recorded and notified one, so history and
// robots happen per row), a few rows at a time, through the pure queue (batch-queue.ts).

export interface BatchServiceDeps {
  upload(request: UploadRequest, sink: JobSink): Promise<JobOutcome<'upload'>>;
  cancelJob(jobId: string): boolean;
  /** project.config.json's folder and AppID: a row naming an appid is checked against it first. */
  readProjectIdentity(projectRoot: string): Promise<JobProject | Problem>;
  /** The project's ext.json, read before a row with `extAppid` (default: from disk, read-ext-json.ts). */
  readExtJson?: typeof readExtJson;
  /** Where a row's job reports (the app: `job:progress` events with the row's job id). */
  sinkFor(jobId: string, index: number): JobSink;
  /** Every change of a row's state (the CLI prints it). */
  onRow?(batchId: string, row: BatchRowStatus): void;
  /** The batch (or its retry) ended: the app's one desktop note for it. */
  onEnd?(summary: BatchSummary): void;
  /** The app keeps the last batch on disk, so a retry after a restart finds it; the CLI keeps none. */
  ledger?: Pick<BatchLedger, 'save' | 'find' | 'last'>;
}

/** A config with absolute project folders and a job id per row (the CLI makes them, the app's window sends them). */
export interface BatchPlan extends Omit<BatchConfig, 'rows'> {
  rows: Array<BatchConfig['rows'][number] & { jobId: string }>;
}

interface RunningBatch {
  plan: BatchPlan;
  queue: BatchQueue<NonNullable<BatchRowStatus['result']>>;
  rows: BatchRowStatus[];
}

// A row the app was running or had queued when it stopped: it may or may not have reached WeChat, so
// it counts as failed and a retry uploads it again (the same version again is harmless).
const INTERRUPTED: Problem = { code: 'batch.interrupted', severity: 'error' };

function interrupted(rows: BatchRowStatus[]): BatchRowStatus[] {
  return rows.map((row) => (row.state === 'queued' || row.state === 'running' ? { ...row, state: 'failed', problem: INTERRUPTED } : { ...row }));
}

export function createBatchService(deps: BatchServiceDeps) {
  const batches = new Map<string, RunningBatch>();
  const readExt = deps.readExtJson ?? readExtJson;

  async function uploadRow(plan: BatchPlan, rows: BatchRowStatus[], index: number) {
    const row = plan.rows[index]!;
    const status = rows[index]!;
    if (row.extAppid) {
      const template = await readExt(row.project);
      if (!template.ok) return { ok: false as const, problem: template.problem };
    }
    if (row.appid) {
      const identity = await deps.readProjectIdentity(row.project);
      if ('code' in identity) return { ok: false as const, problem: identity };
      if (identity.appid.toLowerCase() !== row.appid.toLowerCase()) {
        return { ok: false as const, problem: { code: 'batch.appid-mismatch', severity: 'error', params: { appid: row.appid, projectAppid: identity.appid } } satisfies Problem };
      }
    }
    const sink = deps.sinkFor(row.jobId, index);
    const outcome = await deps.upload(
      { projectRoot: row.project, version: status.version, desc: status.desc, robot: status.robot, ...extOf(row) },
      {
        ...sink,
        jobId: row.jobId,
        onCheck: (check) => {
          if (check.summary) status.appid = check.summary.appid;
          sink.onCheck?.(check);
        },
      },
    );
    if (!outcome.ok) return outcome;
    return { ok: true as const, value: { sizes: outcome.value.sizes, durationMs: outcome.value.durationMs } };
  }

  function extOf(row: BatchPlan['rows'][number]) {
    return row.extAppid ? { ext: { extAppid: row.extAppid, ...(row.ext ? { ext: row.ext } : {}) } } : {};
  }

  function ended(batchId: string, rows: BatchRowStatus[]): BatchSummary {
    const summary = summarise(batchId, rows.map((row) => ({ ...row })));
    deps.onEnd?.(summary);
    return summary;
  }

  function onChange(batchId: string, plan: BatchPlan, rows: BatchRowStatus[]) {
    return (row: QueueRow<NonNullable<BatchRowStatus['result']>>) => {
      const status = rows[row.index]!;
      status.state = row.state;
      status.attempts = row.attempts;
      status.problem = row.problem;
      status.result = row.value;
      deps.ledger?.save(batchId, plan, rows);
      deps.onRow?.(batchId, { ...status });
    };
  }

  /**
   * Each row's lane: its project's AppID, since the runner takes one job per appid (several rows of one
   * codebase, or two folders of one appid, take turns). A project that cannot be read is its own lane.
   */
  async function lanesOf(plan: BatchPlan): Promise<string[]> {
    return Promise.all(
      plan.rows.map(async (row) => {
        const identity = await deps.readProjectIdentity(row.project);
        return 'code' in identity ? `folder:${row.project}` : `appid:${identity.appid.toLowerCase()}`;
      }),
    );
  }

  async function open(batchId: string, plan: BatchPlan, rows: BatchRowStatus[]): Promise<RunningBatch> {
    const lanes = await lanesOf(plan);
    const queue = new BatchQueue({
      count: rows.length,
      concurrency: plan.concurrency ?? BATCH_CONCURRENCY_DEFAULT,
      runRow: (index) => uploadRow(plan, rows, index),
      onChange: onChange(batchId, plan, rows),
      restored: rows.map(({ state, attempts, problem, result }) => ({ state, attempts, problem, value: result })),
      laneOf: (index) => lanes[index]!,
    });
    const batch = { plan, queue, rows };
    batches.set(batchId, batch);
    return batch;
  }

  /** A batch this run of the app did not start: the ledger's, its unfinished rows failed as interrupted. */
  async function reopen(batchId: string): Promise<RunningBatch | null> {
    const saved = deps.ledger?.find(batchId);
    return saved ? open(batchId, saved.plan, interrupted(saved.rows)) : null;
  }

  return {
    /** Runs every row; resolves with the summary when the last one ends. */
    async start(batchId: string, plan: BatchPlan): Promise<BatchSummary> {
      if (batches.get(batchId)?.queue.isRunning()) throw new Error(`Batch ${batchId} is already running`);
      const rows: BatchRowStatus[] = plan.rows.map((row, index) => ({
        index,
        project: row.project,
        ...(row.appid ? { appid: row.appid } : {}),
        ...(row.extAppid ? { extAppid: row.extAppid } : {}),
        ...resolveBatchRow(row, plan.defaults),
        jobId: row.jobId,
        state: 'queued',
        attempts: 0,
      }));
      deps.ledger?.save(batchId, plan, rows);
      const { queue } = await open(batchId, plan, rows);
      await queue.run();
      return ended(batchId, rows);
    },

    /** Runs the failed rows again (with the same inputs and job ids); null when the batch is unknown. */
    async retry(batchId: string): Promise<BatchSummary | null> {
      const batch = batches.get(batchId) ?? (await reopen(batchId));
      if (!batch) return null;
      if (batch.queue.isRunning()) throw new Error(`Batch ${batchId} is still running`);
      await batch.queue.retryFailed();
      return ended(batchId, batch.rows);
    },

    /** The last batch, running or ended, for a window opened (or reloaded) after it started. */
    last(): BatchLast | null {
      const saved = deps.ledger?.last();
      if (!saved) return null;
      const live = batches.get(saved.batchId);
      if (live) return { summary: summarise(saved.batchId, live.rows.map((row) => ({ ...row }))), running: live.queue.isRunning() };
      return { summary: summarise(saved.batchId, interrupted(saved.rows)), running: false };
    },

    /** Starts no more rows and cancels the running ones. */
    cancel(batchId: string): boolean {
      const batch = batches.get(batchId);
      if (!batch) return false;
      batch.queue.cancel();
      for (const row of batch.rows) if (row.state === 'running') deps.cancelJob(row.jobId);
      return true;
    },
  };
}

export type BatchService = ReturnType<typeof createBatchService>;
