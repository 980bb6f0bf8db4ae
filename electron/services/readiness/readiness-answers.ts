import type { PrivacyCategory } from '../../../shared/precheck';
import { knownCategories, NO_ANSWERS, type ReadinessAnswers } from '../../../shared/readiness';
import type { StoreBackend } from '../settings/store-backend';

// What the operator told 提审前体检 per appid: can users publish content others see, is the 备案 done,
// which privacy categories the 用户隐私保护指引 declares. The admin site cannot be read back (no API for
// ordinary mini programs), so the operator's word is kept. Read entry by entry: a damaged answer
// reads as not answered, never the whole file; the store writes atomically.

export interface ReadinessFile extends Record<string, unknown> {
  schemaVersion: number;
  answers: Record<string, unknown>;
}

export interface AnswerPatch {
  ugc?: boolean;
  filed?: boolean;
  declared?: readonly PrivacyCategory[];
}

const yesNo = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

export class ReadinessAnswersRepository {
  constructor(private readonly store: StoreBackend<ReadinessFile>) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  get(appid: string): ReadinessAnswers {
    const saved = this.all()[appid];
    if (typeof saved !== 'object' || saved === null) return NO_ANSWERS(appid);
    const entry = saved as Record<string, unknown>;
    return {
      appid,
      ugc: yesNo(entry.ugc),
      filed: yesNo(entry.filed),
      declared: Array.isArray(entry.declared) ? knownCategories(entry.declared) : [],
    };
  }

  /** Sets what the patch gives and keeps the rest; returns the answers as saved. */
  save(appid: string, patch: AnswerPatch): ReadinessAnswers {
    const before = this.get(appid);
    const after: ReadinessAnswers = {
      appid,
      ugc: patch.ugc ?? before.ugc,
      filed: patch.filed ?? before.filed,
      declared: patch.declared ? knownCategories(patch.declared) : before.declared,
    };
    const { appid: _appid, ...kept } = after;
    this.store.set('answers', { ...this.all(), [appid]: kept });
    return after;
  }

  private all(): Record<string, unknown> {
    const raw = this.store.get('answers');
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  }
}
