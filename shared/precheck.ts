// The pre-upload check (上传前检查): everything that blocks an upload or should worry the operator,
// found in one run and shown as one list. Plain data only: the result crosses IPC.

import type { QualityCheckItem } from './jobs';
import type { Problem } from './model';

/**
 * The kinds of user information the 用户隐私保护指引 names, each reached through some WeChat APIs
 * or components (electron/services/precheck/privacy-apis.ts has the table and its source).
 */
export const PRIVACY_CATEGORIES = [
  'userInfo',
  'location',
  'chosenLocation',
  'address',
  'invoice',
  'werun',
  'phoneNumber',
  'licensePlate',
  'album',
  'file',
  'microphone',
  'camera',
  'bluetooth',
  'albumWrite',
  'contacts',
  'calendar',
  'clipboard',
] as const;
export type PrivacyCategory = (typeof PRIVACY_CATEGORIES)[number];

/** One place in the code that reaches a privacy API or component. */
export interface PrivacyEvidence {
  /** Relative to the project root, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** What the code uses, as written for a developer: `wx.getLocation`, `<camera>`, `open-type="getPhoneNumber"`. */
  api: string;
}

/** A category the code touches, with every place that touches it (sorted by file, then line). */
export interface PrivacyUse {
  category: PrivacyCategory;
  evidence: PrivacyEvidence[];
}

/** A location API the code calls that requiredPrivateInfos does not declare: the call fails on phones. */
export interface UndeclaredPrivateInfo {
  /** The API name as requiredPrivateInfos spells it, e.g. "getLocation". */
  api: string;
  evidence: PrivacyEvidence[];
}

/** What the privacy scan found in the code and in app.json (and ext.json for a service provider's project). */
export interface PrivacyScan {
  uses: PrivacyUse[];
  /** requiredPrivateInfos as declared (app.json and, with extEnable, ext.json), in order. */
  declared: string[];
  /** Where requiredPrivateInfos is to be declared, relative to the project root (app.json, or ext.json). */
  declarationFile: string;
  undeclared: UndeclaredPrivateInfo[];
  /** getFuzzyLocation declared beside precise location APIs: WeChat refuses the pair at compile time. */
  conflicting: string[];
  filesScanned: number;
  durationMs: number;
}

/** One package of the compiled Mini Program against its limit. */
export interface CompiledPackageSize {
  /** '' for the main package, else the subpackage root as app.json writes it ("packageA/"). */
  root: string;
  bytes: number;
  limitBytes: number;
}

/**
 * Sizes of the package as miniprogram-ci compiles it for an upload (getCompiledResult), each counted
 * the way a wxapkg lays files out; not the source files on disk, which the project step estimates.
 */
export interface CompiledSizes {
  main: CompiledPackageSize;
  subpackages: CompiledPackageSize[];
  total: { bytes: number; limitBytes: number };
  /** A service provider's project (ext.json extEnable): the whole app may hold 20 MB, not 30. */
  thirdParty: boolean;
  fileCount: number;
}

/** How one part of the check ended. 'skipped' parts say why in `skippedBecause`. */
export type PrecheckPartStatus = 'ok' | 'findings' | 'failed' | 'skipped';

export type PrecheckPart = 'project' | 'connection' | 'sizes' | 'privacy' | 'domains' | 'quality';

export const PRECHECK_PARTS: readonly PrecheckPart[] = ['project', 'connection', 'sizes', 'privacy', 'domains', 'quality'];

/** Why a part did not run. */
export type PrecheckSkipReason = 'project-blocked' | 'not-a-mini-program' | 'no-project' | 'no-lists';

export interface PrecheckPartResult {
  part: PrecheckPart;
  status: PrecheckPartStatus;
  skippedBecause?: PrecheckSkipReason;
}

/** The whole check: one ordered list of findings (blockers first) and what each part measured. */
export interface PrecheckResult {
  projectRoot: string;
  /** null when the project could not be read. */
  appid: string | null;
  /** The version the check was made for (its rules are part of the check). */
  version: string;
  /** Every finding, errors (blockers) first, then warnings; each with its fix and page (the catalogue). */
  findings: Problem[];
  parts: PrecheckPartResult[];
  sizes: CompiledSizes | null;
  privacy: PrivacyScan | null;
  /** The code-quality scan's items, passed ones included; null when it did not run. */
  quality: QualityCheckItem[] | null;
  checkedAt: string;
  durationMs: number;
}

/** The blockers: an upload waits until there are none. */
export function precheckBlockers(result: Pick<PrecheckResult, 'findings'>): Problem[] {
  return result.findings.filter((finding) => finding.severity === 'error');
}
