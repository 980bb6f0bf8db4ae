import type { ProblemCode } from './errors';
import type { PackageSizeInfo } from './jobs';
import type { MessageParams } from './model';

// What the app keeps of every upload and preview it ran, per project. Plain data: it crosses IPC.

export interface ReleaseRecord {
  /** The job's id. */
  id: string;
  appid: string;
  projectRoot: string;
  kind: 'upload' | 'preview';
  /** The version as uploaded; previews have none. */
  version: string | null;
  desc: string | null;
  robot: number;
  /** The merchant a 第三方平台 template was uploaded for (ext.json's extAppid); absent for an ordinary upload. */
  extAppid?: string;
  /** The operator's name from the settings, '' when none was set. */
  operator: string;
  startedAt: string;
  durationMs: number;
  /** Package sizes as WeChat reported them, on success; the problem's code (and the values its words name) on failure. */
  outcome: { ok: true; sizes: PackageSizeInfo[] } | { ok: false; code: ProblemCode; params?: MessageParams };
  /** The upload replaced the 体验版: its robot is the one recorded as the 体验版's for this appid. */
  trialVersion: boolean;
}
