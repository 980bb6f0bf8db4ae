import type { Problem } from '../../../shared/model';

// The batch's queue, pure: rows run a few at a time, each ends ok or failed with its problem, one
// failure never stops the others, and failed rows can run again. What a row does is the caller's
// (batch-service.ts uploads it); tests drive it with fake jobs.

export type RowOutcome<R> = { ok: true; value: R } | { ok: false; problem: Problem };

export type QueueRowState = 'queued' | 'running' | 'ok' | 'failed';

export interface QueueRow<R> {
  index: number;
  state: QueueRowState;
  attempts: number;
  value?: R;
  problem?: Problem;
}

export interface QueueSummary<R> {
  total: number;
  ok: number;
  failed: number;
  rows: QueueRow<R>[];
}

const CANCELLED: Problem = { code: 'ci.cancelled', severity: 'error' };

export interface BatchQueueOptions<R> {
  count: number;
  concurrency: number;
  runRow(index: number): Promise<RowOutcome<R>>;
  /** Called on every change of a row's state (the caller's progress). */
  onChange?(row: QueueRow<R>): void;
  /** Where each row stands, for a batch read back from disk (batch-ledger.ts); none: all queued. */
  restored?: ReadonlyArray<Omit<QueueRow<R>, 'index'>>;
  /** Rows of one lane never run at the same time (the runner takes one job per appid); none: a lane per row. */
  laneOf?(index: number): string;
}

export class BatchQueue<R> {
  private readonly rows: QueueRow<R>[];
  private readonly concurrency: number;
  private readonly runRow: (index: number) => Promise<RowOutcome<R>>;
  private readonly onChange: (row: QueueRow<R>) => void;
  private readonly laneOf: (index: number) => string;
  private cancelled = false;
  private running: Promise<void> | null = null;

  constructor(options: BatchQueueOptions<R>) {
    const { count, concurrency, restored } = options;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
    this.concurrency = concurrency;
    this.runRow = options.runRow;
    this.onChange = options.onChange ?? (() => undefined);
    this.laneOf = options.laneOf ?? ((index) => String(index));
    this.rows = Array.from({ length: count }, (_, index) => ({ index, state: 'queued', attempts: 0, ...restored?.[index] }));
  }

  /** Runs every queued row; resolves when none is left running. */
  run(): Promise<QueueSummary<R>> {
    return this.drain(this.rows.filter((row) => row.state === 'queued'));
  }

  /** Queues the failed rows again and runs them; rows that succeeded are left alone. */
  retryFailed(): Promise<QueueSummary<R>> {
    if (this.running) throw new Error('the batch is still running');
    this.cancelled = false;
    const failed = this.rows.filter((row) => row.state === 'failed');
    for (const row of failed) this.set(row, { state: 'queued', problem: undefined });
    return this.drain(failed);
  }

  /** Starts nothing more: queued rows fail as cancelled; rows already running end as their jobs end. */
  cancel(): void {
    this.cancelled = true;
    for (const row of this.rows) if (row.state === 'queued') this.set(row, { state: 'failed', problem: CANCELLED });
  }

  isRunning(): boolean {
    return this.running !== null;
  }

  summary(): QueueSummary<R> {
    const rows = this.rows.map((row) => ({ ...row }));
    return { total: rows.length, ok: rows.filter((r) => r.state === 'ok').length, failed: rows.filter((r) => r.state === 'failed').length, rows };
  }

  private async drain(todo: QueueRow<R>[]): Promise<QueueSummary<R>> {
    if (this.running) throw new Error('the batch is already running');
    const waiting = [...todo];
    const busy = new Set<string>();
    let wakeAll: () => void = () => undefined;
    // A worker whose every waiting row is in a busy lane sleeps until some row ends.
    const laneFreed = () => new Promise<void>((resolve) => {
      const before = wakeAll;
      wakeAll = () => {
        before();
        resolve();
      };
    });
    const take = (): QueueRow<R> | 'wait' | 'done' => {
      const at = waiting.findIndex((row) => !busy.has(this.laneOf(row.index)));
      if (at === -1) return waiting.length > 0 ? 'wait' : 'done';
      return waiting.splice(at, 1)[0]!;
    };
    const worker = async (): Promise<void> => {
      for (let row = take(); row !== 'done' && !this.cancelled; row = take()) {
        if (row === 'wait') {
          await laneFreed();
          continue;
        }
        if (row.state !== 'queued') continue;
        const lane = this.laneOf(row.index);
        busy.add(lane);
        try {
          await this.runOne(row);
        } finally {
          busy.delete(lane);
          const wake = wakeAll;
          wakeAll = () => undefined;
          wake();
        }
      }
    };
    this.running = Promise.all(Array.from({ length: Math.min(this.concurrency, waiting.length) }, worker)).then(() => undefined);
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    return this.summary();
  }

  private async runOne(row: QueueRow<R>): Promise<void> {
    this.set(row, { state: 'running', attempts: row.attempts + 1 });
    let outcome: RowOutcome<R>;
    try {
      outcome = await this.runRow(row.index);
    } catch (error) {
      // A bug in one row's run must not take the other rows down: it fails that row, with the detail.
      outcome = { ok: false, problem: { code: 'app.unknown', severity: 'error', detail: error instanceof Error ? error.message : String(error) } };
    }
    if (outcome.ok) this.set(row, { state: 'ok', value: outcome.value, problem: undefined });
    else this.set(row, { state: 'failed', problem: outcome.problem });
  }

  private set(row: QueueRow<R>, change: Partial<QueueRow<R>>): void {
    Object.assign(row, change);
    this.onChange({ ...row });
  }
}
