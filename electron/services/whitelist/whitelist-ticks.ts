import { z } from 'zod';
import type { WhitelistTicks } from '../../../shared/model';
import { DOMAIN_LIMIT_PER_TYPE, WHITELIST_TYPES, type WhitelistType } from '../../../shared/domains';
import type { StoreBackend } from '../settings/store-backend';

// Which entries the operator has ticked as already configured in 开发设置, per appid. The admin
// site cannot be read back (no API for ordinary mini programs), so the operator's word is kept.

export interface WhitelistFile extends Record<string, unknown> {
  schemaVersion: number;
  ticks: Record<string, Partial<WhitelistTicks>>;
}

const emptyTicks = (): WhitelistTicks => Object.fromEntries(WHITELIST_TYPES.map((type) => [type, []])) as unknown as WhitelistTicks;
const Origin = z.string().min(1).max(300);

/**
 * Ticks kept per list. WeChat holds at most 200 entries in one list; ticks of origins since
 * removed from the code stay saved (nothing tells us they are gone), so there is room for five
 * times that. Past it, the oldest ticks go first: a list is kept newest last.
 */
export const MAX_TICKS_PER_TYPE = DOMAIN_LIMIT_PER_TYPE * 5;

/** A saved list, entry by entry: a bad entry is skipped, never the list; duplicates count once. */
function readOrigins(saved: unknown): string[] {
  if (!Array.isArray(saved)) return [];
  const origins = new Set<string>();
  for (const entry of saved) {
    if (!Origin.safeParse(entry).success) continue;
    origins.delete(entry as string); // a later duplicate moves the entry to its newer place
    origins.add(entry as string);
  }
  return [...origins].slice(-MAX_TICKS_PER_TYPE);
}

export class WhitelistTicksRepository {
  constructor(private readonly store: StoreBackend<WhitelistFile>) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  get(appid: string): WhitelistTicks {
    const saved = this.all()[appid] ?? {};
    const ticks = emptyTicks();
    for (const type of WHITELIST_TYPES) ticks[type] = readOrigins(saved[type]);
    return ticks;
  }

  set(appid: string, type: WhitelistType, origin: string, done: boolean): WhitelistTicks {
    const ticks = this.get(appid);
    const others = ticks[type].filter((o) => o !== origin);
    ticks[type] = done ? [...others, origin].slice(-MAX_TICKS_PER_TYPE) : others;
    this.store.set('ticks', { ...this.all(), [appid]: ticks });
    return ticks;
  }

  private all(): Record<string, Partial<WhitelistTicks>> {
    const raw = this.store.get('ticks');
    return typeof raw === 'object' && raw !== null ? raw : {};
  }
}
