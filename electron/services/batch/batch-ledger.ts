import { z } from 'zod';
import type { BatchRowStatus } from '../../../shared/batch';
import type { StoreBackend } from '../settings/store-backend';
import type { BatchPlan } from './batch-service';

// The last batch, kept on disk so that after a restart (or a crash) 批量发布 still shows it and
// 「重试」 still finds its failed rows. Only the last one: a batch is today's work, and each row's
// upload is in that project's history anyway. Read through a schema: a damaged entry reads as none.

export interface BatchFile extends Record<string, unknown> {
  schemaVersion: number;
  last: unknown;
}

export interface SavedBatch {
  batchId: string;
  plan: BatchPlan;
  rows: BatchRowStatus[];
  savedAt: string;
}

const Problem = z.object({ code: z.string(), severity: z.enum(['error', 'warning']) }).passthrough();
const Row = z
  .object({
    index: z.number().int().nonnegative(),
    project: z.string(),
    version: z.string(),
    jobId: z.string(),
    state: z.enum(['queued', 'running', 'ok', 'failed']),
    attempts: z.number().int().nonnegative(),
    problem: Problem.optional(),
  })
  .passthrough();
const Saved = z.object({
  batchId: z.string(),
  plan: z.object({ rows: z.array(z.object({ project: z.string(), jobId: z.string() }).passthrough()).min(1) }).passthrough(),
  rows: z.array(Row).min(1),
  savedAt: z.string(),
});

export class BatchLedger {
  constructor(
    private readonly store: StoreBackend<BatchFile>,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  save(batchId: string, plan: BatchPlan, rows: BatchRowStatus[]): void {
    this.store.set('last', { batchId, plan, rows, savedAt: this.now().toISOString() } satisfies SavedBatch);
  }

  last(): SavedBatch | null {
    const parsed = Saved.safeParse(this.store.get('last'));
    if (!parsed.success || parsed.data.plan.rows.length !== parsed.data.rows.length) return null;
    return parsed.data as unknown as SavedBatch;
  }

  find(batchId: string): SavedBatch | null {
    const last = this.last();
    return last?.batchId === batchId ? last : null;
  }
}
