import { describeProblem } from './errors';
import type { ReleaseRecord } from './history';
import { SIZE_LIMITS } from './limits';
import type { Lang } from './model';
import { NO_REVIEWS, type CurrentState, type ReviewLookup } from './review';

// How the history is read: filtered the same way on screen and in the CSV export, and the main
// package's size across uploads. Pure, so the window and the main process agree.

export interface HistoryFilter {
  kind: 'all' | ReleaseRecord['kind'];
  result: 'all' | 'ok' | 'failed';
  /** Matched, case-insensitively, against version, notes, operator, robot, problem code and its words. */
  text: string;
  /** The review state of the row's version (joined by appid + version); previews have none. */
  review?: 'all' | CurrentState;
}

export const NO_FILTER: HistoryFilter = { kind: 'all', result: 'all', text: '', review: 'all' };

/** The problem of a failed record in the operator's words, or ''. */
export function problemWords(record: ReleaseRecord, lang: Lang): string {
  return record.outcome.ok ? '' : describeProblem({ code: record.outcome.code, severity: 'error', params: record.outcome.params }, lang).message;
}

export function filterHistory(records: readonly ReleaseRecord[], filter: HistoryFilter, lang: Lang, reviews: ReviewLookup = NO_REVIEWS): ReleaseRecord[] {
  const needle = filter.text.trim().toLowerCase();
  return records.filter((record) => {
    if (filter.kind !== 'all' && record.kind !== filter.kind) return false;
    if (filter.result !== 'all' && record.outcome.ok !== (filter.result === 'ok')) return false;
    if (filter.review && filter.review !== 'all' && reviews(record.appid, record.version)?.state !== filter.review) return false;
    if (!needle) return true;
    const code = record.outcome.ok ? '' : record.outcome.code;
    const haystack = [record.version, record.desc, record.operator, `#${record.robot}`, code, problemWords(record, lang)];
    return haystack.some((text) => text?.toLowerCase().includes(needle));
  });
}

export const FULL_PACKAGE = '__FULL__';
export const MAIN_PACKAGE = '__APP__';

/** The bytes WeChat reported for one package of a successful job, or null. */
export function packageBytes(record: ReleaseRecord, name: string): number | null {
  return record.outcome.ok ? (record.outcome.sizes.find((size) => size.name === name)?.bytes ?? null) : null;
}

/** The main package: __APP__, or the whole app when WeChat named no package apart from it. */
export function mainPackageBytes(record: ReleaseRecord): number | null {
  const main = packageBytes(record, MAIN_PACKAGE);
  if (main !== null || !record.outcome.ok) return main;
  return record.outcome.sizes.every((size) => size.name === FULL_PACKAGE) ? packageBytes(record, FULL_PACKAGE) : null;
}

/** The subpackages of a successful job, as WeChat named them (their roots). */
export function subpackageSizes(record: ReleaseRecord): Array<{ name: string; bytes: number }> {
  return record.outcome.ok ? record.outcome.sizes.filter((size) => size.name !== FULL_PACKAGE && size.name !== MAIN_PACKAGE) : [];
}

/**
 * Past this share of the 2 MB limit the main package is "near" it: 1.5 MB, where WeChat's own code
 * quality check (checkCodeQuality) starts to warn.
 */
export const MAIN_PACKAGE_WARN_SHARE = 0.75;

export type SizeLevel = 'ok' | 'near' | 'over';

export function mainPackageLevel(bytes: number, limit: number = SIZE_LIMITS.mainPackage): SizeLevel {
  if (bytes > limit) return 'over';
  return bytes >= limit * MAIN_PACKAGE_WARN_SHARE ? 'near' : 'ok';
}

export interface SizePoint {
  id: string;
  version: string | null;
  startedAt: string;
  bytes: number;
}

/** The main package's size at each successful upload, oldest first. */
export function mainPackageTrend(records: readonly ReleaseRecord[]): SizePoint[] {
  return records.flatMap((record) => {
    const bytes = record.kind === 'upload' ? mainPackageBytes(record) : null;
    return bytes === null ? [] : [{ id: record.id, version: record.version, startedAt: record.startedAt, bytes }];
  });
}

/** The newest upload, whatever its outcome, or null. */
export function lastUpload(records: readonly ReleaseRecord[]): ReleaseRecord | null {
  return records.findLast((record) => record.kind === 'upload') ?? null;
}
