import { z } from 'zod';
import { FIRST_RELEASE_ITEMS, UNKNOWN_FIRST_RELEASE, type FirstReleaseItem, type FirstReleaseState } from '../../../shared/first-release';
import type { StoreBackend } from '../settings/store-backend';

// Per appid: what WeChat last said about `released` (from any connection check), whether the
// operator says this is the first release anyway, and the checklist items ticked as done.

export interface FirstReleaseFile extends Record<string, unknown> {
  schemaVersion: number;
  apps: Record<string, unknown>;
}

const Entry = z.object({
  released: z.boolean().nullable(),
  answeredAt: z.string().nullable(),
  operatorSaysFirst: z.boolean(),
  // Unknown items (a later version's) are dropped, not the entry.
  done: z.array(z.string()).transform((items) => FIRST_RELEASE_ITEMS.filter((item) => items.includes(item))),
});

export interface FirstReleaseChange {
  operatorSaysFirst?: boolean;
  tick?: { item: FirstReleaseItem; done: boolean };
}

export class FirstReleaseLedger {
  constructor(
    private readonly store: StoreBackend<FirstReleaseFile>,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  get(appid: string): FirstReleaseState {
    const parsed = Entry.safeParse(this.all()[appid]);
    return parsed.success ? parsed.data : { ...UNKNOWN_FIRST_RELEASE };
  }

  /** A connection check's answer. A missing `released` keeps the earlier answer: "not said" is not "not released". */
  recordAnswer(appid: string, released: boolean | null): FirstReleaseState {
    if (released === null) return this.get(appid);
    return this.write(appid, { ...this.get(appid), released, answeredAt: this.now().toISOString() });
  }

  update(appid: string, change: FirstReleaseChange): FirstReleaseState {
    const state = this.get(appid);
    const operatorSaysFirst = change.operatorSaysFirst ?? state.operatorSaysFirst;
    const { tick } = change;
    const done = tick ? FIRST_RELEASE_ITEMS.filter((item) => (item === tick.item ? tick.done : state.done.includes(item))) : state.done;
    return this.write(appid, { ...state, operatorSaysFirst, done });
  }

  private write(appid: string, state: FirstReleaseState): FirstReleaseState {
    this.store.set('apps', { ...this.all(), [appid]: state });
    return this.get(appid);
  }

  private all(): Record<string, unknown> {
    const raw = this.store.get('apps');
    return typeof raw === 'object' && raw !== null ? raw : {};
  }
}
