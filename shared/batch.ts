import type { PackageSizeInfo } from './jobs';
import type { Problem } from './model';

// Batch release (issue 15): several projects uploaded in one go, each row with its own version and
// notes over a shared default, a few at a time. The config's schema is `BatchConfig` in
// shared/schemas.ts (docs/batch-config.schema.json is generated from it); the app and
// `mp-release batch` run it through the same queue (electron/services/batch/).

export const BATCH_CONCURRENCY_DEFAULT = 2;
export const BATCH_CONCURRENCY_MAX = 4;
export const BATCH_ROWS_MAX = 50;

/** What every row takes unless it says otherwise. `robot` is the upload robot (1–30), as in `upload`. */
export interface BatchDefaults {
  version?: string;
  desc?: string;
  robot?: number;
}

export interface BatchRowConfig extends BatchDefaults {
  /** The project folder (the CLI: relative to the config file). */
  project: string;
  /**
   * The AppID this row must upload as (the key and IP whitelist it uses). Only checked against
   * project.config.json's; for a 第三方平台 template that is the development appid.
   */
  appid?: string;
  /**
   * Upload a 第三方平台 template (the project has ext.json) for this merchant: ext.json's extAppid,
   * in memory only. Several rows may name one project with different extAppids.
   */
  extAppid?: string;
  /** The merchant's `ext` (what wx.getExtConfig reads) in place of ext.json's; only with extAppid. */
  ext?: Record<string, unknown>;
}

export interface BatchConfig {
  defaults?: BatchDefaults;
  /** Rows uploading at the same time, 1–4 (default 2). */
  concurrency?: number;
  rows: BatchRowConfig[];
}

export type BatchRowState = 'queued' | 'running' | 'ok' | 'failed';

/** One row as the queue knows it, with the inputs it ran with (defaults applied). */
export interface BatchRowStatus {
  index: number;
  project: string;
  /** From the project (known once the row ran), else the row's own. */
  appid?: string;
  /** The merchant a 第三方平台 template is uploaded for, when the row names one. */
  extAppid?: string;
  version: string;
  desc?: string;
  robot?: number;
  /** The row's job: its `job:progress` events carry this id (the same on a retry). */
  jobId: string;
  state: BatchRowState;
  /** How many times the row ran. */
  attempts: number;
  problem?: Problem;
  result?: { sizes: PackageSizeInfo[]; durationMs: number };
}

/** Pushed to the window on every change of a row's state. */
export interface BatchRowEvent {
  batchId: string;
  row: BatchRowStatus;
}

export interface BatchSummary {
  batchId: string;
  total: number;
  ok: number;
  failed: number;
  rows: BatchRowStatus[];
}

/** The last batch as the app kept it: shown again when 批量发布 opens after a restart or a reload. */
export interface BatchLast {
  summary: BatchSummary;
  running: boolean;
}

/** The inputs a row runs with: its own values over the defaults. */
export function resolveBatchRow(row: BatchRowConfig, defaults: BatchDefaults = {}): { version: string; desc?: string; robot?: number } {
  const desc = row.desc ?? defaults.desc;
  const robot = row.robot ?? defaults.robot;
  return { version: (row.version ?? defaults.version ?? '').trim(), ...(desc === undefined ? {} : { desc }), ...(robot === undefined ? {} : { robot }) };
}

export function summarise(batchId: string, rows: BatchRowStatus[]): BatchSummary {
  return {
    batchId,
    total: rows.length,
    ok: rows.filter((row) => row.state === 'ok').length,
    failed: rows.filter((row) => row.state === 'failed').length,
    rows,
  };
}
