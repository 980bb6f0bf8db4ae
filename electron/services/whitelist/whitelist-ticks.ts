import { z } from 'zod';
import type { WhitelistTicks } from '../../../shared/model';
import { WHITELIST_TYPES, type WhitelistType } from '../../../shared/domains';
import type { StoreBackend } from '../settings/store-backend';

// Which entries the operator has ticked as already configured in 开发设置, per appid. The admin
// site cannot be read back (no API for ordinary mini programs), so the operator's word is kept.

export interface WhitelistFile extends Record<string, unknown> {
  schemaVersion: number;
  ticks: Record<string, Partial<WhitelistTicks>>;
}

const emptyTicks = (): WhitelistTicks => Object.fromEntries(WHITELIST_TYPES.map((type) => [type, []])) as unknown as WhitelistTicks;
const OriginList = z.array(z.string().max(300)).max(1000);

export class WhitelistTicksRepository {
  constructor(private readonly store: StoreBackend<WhitelistFile>) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  get(appid: string): WhitelistTicks {
    const saved = this.all()[appid] ?? {};
    const ticks = emptyTicks();
    for (const type of WHITELIST_TYPES) {
      const parsed = OriginList.safeParse(saved[type]);
      if (parsed.success) ticks[type] = parsed.data;
    }
    return ticks;
  }

  set(appid: string, type: WhitelistType, origin: string, done: boolean): WhitelistTicks {
    const ticks = this.get(appid);
    const others = ticks[type].filter((o) => o !== origin);
    ticks[type] = done ? [...others, origin].sort() : others;
    this.store.set('ticks', { ...this.all(), [appid]: ticks });
    return ticks;
  }

  private all(): Record<string, Partial<WhitelistTicks>> {
    const raw = this.store.get('ticks');
    return typeof raw === 'object' && raw !== null ? raw : {};
  }
}
