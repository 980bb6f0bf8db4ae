import { z } from 'zod';
import { WHITELIST_TYPES, type WhitelistType } from '../../../shared/domains';
import type { FleetCheck } from '../../../shared/fleet';
import type { JobOutcome } from '../../../shared/jobs';
import type { StoreBackend } from '../settings/store-backend';

// The two facts the fleet board needs that nothing else keeps, per project folder: how the last
// connection check ended (the whitelist step's or the pre-upload check's), and the domain copy
// lists the code needed at the last open (the domain scan is the open's; the board does not scan
// every project again). Read entry by entry: a damaged entry reads as not recorded.

export interface FleetFile extends Record<string, unknown> {
  schemaVersion: number;
  checks: Record<string, unknown>;
  domains: Record<string, unknown>;
}

export type DomainLists = Record<WhitelistType, string[]>;
export interface DomainListsRecord {
  at: string;
  lists: DomainLists;
}

const CheckSchema = z.object({ at: z.string(), ok: z.boolean(), code: z.string().nullable(), ip: z.string().nullable() });
const ListsSchema = z.object({ at: z.string(), lists: z.record(z.string(), z.array(z.string())) });

const record = (raw: unknown): Record<string, unknown> => (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {});

export class FleetRecords {
  constructor(
    private readonly store: StoreBackend<FleetFile>,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  check(projectRoot: string): FleetCheck | null {
    const parsed = CheckSchema.safeParse(record(this.store.get('checks'))[projectRoot]);
    return parsed.success ? parsed.data : null;
  }

  recordCheck(projectRoot: string, outcome: JobOutcome<'connection-check'>): void {
    // '?' is what the classifier writes when WeChat refused the IP without naming it.
    const named = outcome.ok ? undefined : outcome.problem.params?.ip;
    const ip = typeof named === 'string' && named !== '?' ? named : null;
    const check: FleetCheck = { at: this.now().toISOString(), ok: outcome.ok, code: outcome.ok ? null : outcome.problem.code, ip };
    this.store.set('checks', { ...record(this.store.get('checks')), [projectRoot]: check });
  }

  domainLists(projectRoot: string): DomainListsRecord | null {
    const parsed = ListsSchema.safeParse(record(this.store.get('domains'))[projectRoot]);
    if (!parsed.success) return null;
    const lists = Object.fromEntries(WHITELIST_TYPES.map((type) => [type, parsed.data.lists[type] ?? []])) as DomainLists;
    return { at: parsed.data.at, lists };
  }

  recordDomains(projectRoot: string, lists: DomainLists): void {
    this.store.set('domains', { ...record(this.store.get('domains')), [projectRoot]: { at: this.now().toISOString(), lists } });
  }

  /** The project was removed from the board: its facts go with it. */
  forget(projectRoot: string): void {
    const { [projectRoot]: _check, ...checks } = record(this.store.get('checks'));
    const { [projectRoot]: _lists, ...domains } = record(this.store.get('domains'));
    this.store.set('checks', checks);
    this.store.set('domains', domains);
  }
}
