import type { ReleaseRecord } from './history';
import type { CompileType } from './model';
import { isPluginType, versionProblem } from './release-rules';

// The next version, suggested from the project's own history: the last successful upload's version,
// bumped. How a version is read:
// - the numbers it starts with count, after an optional leading `v`: "1.2.3-beta" and "v1.2.3" are
//   1.2.3; what follows the numbers (a `-beta`) is dropped, so a bump is always a plain release;
// - fewer than three numbers are padded with zeros ("7" is 7.0.0, "1.2" is 1.2.0), more are kept
//   (1.2.3.4 bumps to 1.2.3.5, 1.3.0.0 or 2.0.0.0): patch bumps the last number, minor the second,
//   major the first, and the numbers after the bumped one go back to zero;
// - a number written with leading zeros keeps its width ("2026.01.05" bumps to "2026.01.06");
// - plugins have exactly three numbers of at most three digits: extra numbers are dropped, and a
//   number that would pass 999 carries into the one before (1.2.999 → 1.3.0); 999.999.999 has none;
// - a version with no leading number ("beta") cannot be bumped: the upload before it is used, and
//   with none readable the suggestion is the first version, 1.0.0.
// A suggestion is never a version already uploaded successfully (the same bump is repeated past it),
// and never one the release rules would refuse (that bump is then left out).

export type Bump = 'patch' | 'minor' | 'major';
export const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];
export const FIRST_VERSION = '1.0.0';

const PLUGIN_PART_MAX = 999;
/** Enough to step past any run of versions a project really uploaded. */
const MAX_SKIPS = 1000;

export interface VersionSuggestion {
  /** The upload the bumps start from: the last successful one with a readable version; null when none. */
  from: ReleaseRecord | null;
  /** What the step fills in: the patch bump, or 1.0.0 without history; null when no bump keeps to the rules. */
  suggested: string | null;
  /** Each bump's result, for the buttons; empty without a version to bump. */
  bumps: Partial<Record<Bump, string>>;
}

/** Successful uploads, oldest first (the history's order). Previews and failures made no version. */
export function successfulUploads(records: readonly ReleaseRecord[]): ReleaseRecord[] {
  return records.filter((record) => record.kind === 'upload' && record.outcome.ok && record.version !== null);
}

/** The last successful upload of this version, or null: a version used again must be confirmed. */
export function uploadOf(records: readonly ReleaseRecord[], version: string): ReleaseRecord | null {
  const wanted = version.trim();
  return successfulUploads(records).findLast((record) => record.version === wanted) ?? null;
}

/** The numbers a version starts with, as written ("01" stays "01"); null when it starts with none. */
export function leadingNumbers(version: string): string[] | null {
  const match = /^[vV]?(\d+(?:\.\d+)*)/.exec(version.trim());
  if (!match?.[1]) return null;
  const parts = match[1].split('.');
  return parts.every((part) => Number.isSafeInteger(Number(part))) ? parts : null;
}

/** A number in the width it was written in, when that had leading zeros. */
function sameWidth(value: number, written: string): string {
  const text = String(value);
  return written.length > 1 && written.startsWith('0') ? text.padStart(written.length, '0') : text;
}

/** One bump of a version's numbers; null when a plugin version has no room left. */
function bumpParts(parts: readonly string[], bump: Bump, plugin: boolean): string[] | null {
  const padded = [...parts];
  while (padded.length < 3) padded.push('0');
  const numbers = plugin ? padded.slice(0, 3) : padded;
  let at = bump === 'major' ? 0 : bump === 'minor' ? 1 : numbers.length - 1;
  const next = numbers.map((part, i) => (i > at ? sameWidth(0, part) : part));
  for (;;) {
    const value = Number(next[at]) + 1;
    if (!plugin || value <= PLUGIN_PART_MAX) {
      next[at] = sameWidth(value, next[at]!);
      return next;
    }
    // 1.2.999 → 1.3.0: the full number starts again at zero and the one before goes up.
    next[at] = sameWidth(0, next[at]!);
    if (at === 0) return null;
    at -= 1;
  }
}

/** `version` bumped once, or null when it has no leading number (or no room, for a plugin). */
export function bumpVersion(version: string, bump: Bump, compileType: CompileType): string | null {
  const parts = leadingNumbers(version);
  const bumped = parts && bumpParts(parts, bump, isPluginType(compileType));
  return bumped ? bumped.join('.') : null;
}

/** The bump of `version`, repeated past versions already uploaded; null when it breaks the rules. */
function freshBump(version: string, bump: Bump, compileType: CompileType, used: ReadonlySet<string>): string | null {
  let candidate = bumpVersion(version, bump, compileType);
  for (let skips = 0; candidate !== null && used.has(candidate) && skips < MAX_SKIPS; skips++) {
    candidate = bumpVersion(candidate, bump, compileType);
  }
  return candidate !== null && !used.has(candidate) && versionProblem(candidate, compileType) === null ? candidate : null;
}

/** The next version for this project, from its history (oldest first, as `history.list` gives it). */
export function suggestVersion(records: readonly ReleaseRecord[], compileType: CompileType): VersionSuggestion {
  const uploads = successfulUploads(records);
  const used = new Set(uploads.map((record) => record.version as string));
  const from = uploads.findLast((record) => leadingNumbers(record.version as string) !== null) ?? null;
  const bumps: Partial<Record<Bump, string>> = {};
  if (from) {
    for (const bump of BUMPS) {
      const next = freshBump(from.version as string, bump, compileType, used);
      if (next !== null) bumps[bump] = next;
    }
  }
  // Without a readable version, no version that could be bumped was ever uploaded: 1.0.0 is free.
  return { from, suggested: from ? (bumps.patch ?? bumps.minor ?? bumps.major ?? null) : FIRST_VERSION, bumps };
}
