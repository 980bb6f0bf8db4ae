import { z } from 'zod';
import { DEFAULT_URGENT_QUOTA, REVIEW_STATES, URGENT_QUOTA_MAX, type ReviewBook, type ReviewEvent, type VersionReview } from '../../../shared/review';
import type { StoreBackend } from '../settings/store-backend';

// What the operator recorded of 提交审核 and 发布, per appid and version, and per appid the 加急
// quota and whether it was released before the app. The store writes atomically (a temp file, then
// a rename); entries are read one by one, so a damaged entry (or event) is skipped, not the list.

export interface ReviewFile extends Record<string, unknown> {
  schemaVersion: number;
  /** One entry per appid and version: { appid, version, events }. */
  reviews: unknown[];
  /** Per appid: { urgentQuota?, releasedBefore? }. */
  apps: Record<string, unknown>;
}

/** Years of releases of a few apps; the oldest versions go first past it. */
export const MAX_VERSIONS = 2000;

const EventSchema = z.object({
  state: z.enum(REVIEW_STATES),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  urgent: z.boolean().optional(),
  reason: z.string().optional(),
  mode: z.enum(['full', 'phased']).optional(),
  recordedAt: z.string(),
});
const EntrySchema = z.object({ appid: z.string().min(1), version: z.string().min(1), events: z.array(z.unknown()) });
const AppSchema = z.object({ urgentQuota: z.number().int().min(0).max(URGENT_QUOTA_MAX).optional(), releasedBefore: z.boolean().optional() });

function readEntry(raw: unknown): VersionReview | null {
  const entry = EntrySchema.safeParse(raw);
  if (!entry.success) return null;
  const events = entry.data.events.flatMap((event) => {
    const parsed = EventSchema.safeParse(event);
    return parsed.success ? [parsed.data as ReviewEvent] : [];
  });
  return { appid: entry.data.appid, version: entry.data.version, events };
}

export class ReviewRepository {
  constructor(private readonly store: StoreBackend<ReviewFile>) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  book(appid: string): ReviewBook {
    const app = AppSchema.safeParse(this.apps()[appid]);
    const facts = app.success ? app.data : {};
    return {
      appid,
      versions: this.entries().filter((entry) => entry.appid === appid),
      urgentQuota: facts.urgentQuota ?? DEFAULT_URGENT_QUOTA,
      releasedBefore: facts.releasedBefore ?? false,
    };
  }

  /** Every appid with a record or a setting, in the order first seen. */
  appids(): string[] {
    return [...new Set([...this.entries().map((entry) => entry.appid), ...Object.keys(this.apps())])];
  }

  /** Replaces one version's records (or adds them), leaving every other entry as it was on disk. */
  saveVersion(review: VersionReview): void {
    const raw = this.rawEntries();
    const at = raw.findIndex((entry) => {
      const parsed = EntrySchema.safeParse(entry);
      return parsed.success && parsed.data.appid === review.appid && parsed.data.version === review.version;
    });
    const next = at < 0 ? [...raw, review] : raw.map((entry, i) => (i === at ? review : entry));
    this.store.set('reviews', next.slice(-MAX_VERSIONS));
  }

  setApp(appid: string, facts: { urgentQuota?: number; releasedBefore?: boolean }): void {
    const apps = this.apps();
    const old = AppSchema.safeParse(apps[appid]);
    this.store.set('apps', { ...apps, [appid]: { ...(old.success ? old.data : {}), ...facts } });
  }

  private rawEntries(): unknown[] {
    const raw = this.store.get('reviews');
    return Array.isArray(raw) ? raw : [];
  }

  /** Every version's records, of every appid. */
  entries(): VersionReview[] {
    return this.rawEntries().flatMap((raw) => readEntry(raw) ?? []);
  }

  private apps(): Record<string, unknown> {
    const raw = this.store.get('apps');
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  }
}
