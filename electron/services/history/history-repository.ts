import { z } from 'zod';
import type { ReleaseRecord } from '../../../shared/history';
import type { StoreBackend } from '../settings/store-backend';

// Every upload and preview, per project, oldest first. The store writes atomically (a temp file,
// then a rename), so a crash leaves the file as it was before or after a record, never half of one;
// `record` returns only once the file is written, so an acknowledged record is on disk.

export interface HistoryFile extends Record<string, unknown> {
  schemaVersion: number;
  records: unknown[];
}

/** Enough for years of daily releases of a few projects; the oldest go first past it. */
export const MAX_RECORDS = 5000;

const Size = z.object({ name: z.string(), bytes: z.number() });
const RecordSchema = z.object({
  id: z.string(),
  appid: z.string(),
  projectRoot: z.string(),
  kind: z.enum(['upload', 'preview']),
  version: z.string().nullable(),
  desc: z.string().nullable(),
  robot: z.number(),
  extAppid: z.string().optional(),
  operator: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  outcome: z.union([z.object({ ok: z.literal(true), sizes: z.array(Size) }), z.object({ ok: z.literal(false), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })]),
  trialVersion: z.boolean(),
});

export class HistoryRepository {
  constructor(private readonly store: StoreBackend<HistoryFile>) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  /** Valid records only: one damaged entry must not hide the others. */
  all(): ReleaseRecord[] {
    const raw = this.store.get('records');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry) => {
      const parsed = RecordSchema.safeParse(entry);
      return parsed.success ? [parsed.data as ReleaseRecord] : [];
    });
  }

  forProject(projectRoot: string): ReleaseRecord[] {
    return this.all().filter((record) => record.projectRoot === projectRoot);
  }

  record(entry: ReleaseRecord): void {
    const raw = this.store.get('records');
    const kept = Array.isArray(raw) ? raw : [];
    this.store.set('records', [...kept, entry].slice(-MAX_RECORDS));
  }

  /** Deletes every record of the project (the fleet board's 「移除」 with its history); answers how many went. */
  removeProject(projectRoot: string): number {
    const raw = this.store.get('records');
    const kept = Array.isArray(raw) ? raw : [];
    const others = kept.filter((entry) => !(typeof entry === 'object' && entry !== null && (entry as { projectRoot?: unknown }).projectRoot === projectRoot));
    this.store.set('records', others);
    return kept.length - others.length;
  }
}
