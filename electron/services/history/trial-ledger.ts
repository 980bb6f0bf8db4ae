import { z } from 'zod';
import type { StoreBackend } from '../settings/store-backend';

// Which robot's 开发版本 the operator set as 体验版 in 版本管理, per appid. The admin site cannot be
// read back, so the operator's word is kept; later uploads by that robot replace the 体验版 by themselves.

export interface TrialFile extends Record<string, unknown> {
  schemaVersion: number;
  robots: Record<string, unknown>;
}

const Robot = z.number().int().min(1).max(30);

export class TrialLedger {
  constructor(private readonly store: StoreBackend<TrialFile>) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  robotOf(appid: string): number | null {
    const parsed = Robot.safeParse(this.all()[appid]);
    return parsed.success ? parsed.data : null;
  }

  set(appid: string, robot: number | null): number | null {
    const { [appid]: _old, ...others } = this.all();
    this.store.set('robots', robot === null ? others : { ...others, [appid]: robot });
    return this.robotOf(appid);
  }

  private all(): Record<string, unknown> {
    const raw = this.store.get('robots');
    return typeof raw === 'object' && raw !== null ? raw : {};
  }
}
