import type { Problem } from './model';

// Work done by miniprogram-ci (and npm's installer), each run in a job process of its own.

export type JobKind = 'upload' | 'preview' | 'pack-npm' | 'quality-scan' | 'connection-check' | 'npm-install' | 'offline-checks';

export type JobPhase = 'starting' | 'npm' | 'compile' | 'pack' | 'upload' | 'install' | 'finishing';

/** Progress as the UI and the CLI show it, made from miniprogram-ci's raw task events. */
export interface JobProgress {
  jobId: string;
  kind: JobKind;
  phase: JobPhase;
  /** 0..1 over the whole job. */
  fraction: number;
  /**
   * The library says nothing of how far this phase is (packing, sending without byte counts): show
   * the phase and the time, not a percentage that would sit still (the upload once sat at 99 % for 65 s).
   */
  indeterminate?: true;
  /** The file being compiled, relative to the project, during the compile phase. */
  file?: string;
  /** Bytes of the package sent, when the library reports them (COS uploads), or the package size at the end. */
  bytes?: { sent: number; total: number };
}

/** Compile switches passed to miniprogram-ci; `useProjectConfig` takes them from project.config.json. */
export interface CompileSettings {
  useProjectConfig: boolean;
  es6?: boolean;
  es7?: boolean;
  minify?: boolean;
  minifyJS?: boolean;
  minifyWXML?: boolean;
  minifyWXSS?: boolean;
  autoPrefixWXSS?: boolean;
  codeProtect?: boolean;
}

export const DEFAULT_COMPILE_SETTINGS: CompileSettings = { useProjectConfig: true };

export interface UploadOptions {
  version: string;
  desc?: string;
  /** 1–30; each robot holds its own 开发版本. */
  robot: number;
  setting?: CompileSettings;
  threads?: number;
  /** Build miniprogram_npm first (the project uses npm packages that were never built). */
  buildNpm?: boolean;
  /** A 第三方平台 template uploaded for one merchant (ext.json's extAppid), see UploadExt. */
  ext?: UploadExt;
}

/**
 * One merchant of a 第三方平台 template: the code goes up with the development appid's key, and
 * miniprogram-ci sends `extAppId` and compiles `ext` (what wx.getExtConfig reads) from ext.json. The job
 * uses the project's ext.json with these values in place, in memory only (ext-json-override.ts).
 */
export interface UploadExt {
  extAppid: string;
  /** Replaces ext.json's `ext` object when given; otherwise the file's own is kept. */
  ext?: Record<string, unknown>;
}

export interface PreviewOptions {
  robot: number;
  pagePath?: string;
  searchQuery?: string;
  setting?: CompileSettings;
  buildNpm?: boolean;
}

export interface PackageSizeInfo {
  /** '__FULL__' for the whole app, '__APP__' for the main package, else the subpackage root. */
  name: string;
  bytes: number;
}

export interface UploadResult {
  sizes: PackageSizeInfo[];
  pluginInfo: Array<{ providerAppid: string; version: string; bytes: number }>;
  devPluginId?: string;
  strUint64Version?: string;
  durationMs: number;
}

export interface PreviewResult {
  /** data:image/…;base64,… ready for an <img>. */
  qrDataUrl: string;
  sizes: PackageSizeInfo[];
  durationMs: number;
}

export interface PackNpmResult {
  warnings: Array<{ file: string; message: string; line?: number }>;
  durationMs: number;
}

export interface QualityCheckItem {
  /** The library's item name, e.g. "WXML_COMPRESS_OPEN". */
  name: string;
  passed: boolean;
  /** The library's own sentence (in its locale): kept for the detail, never shown first. */
  text: string;
  /** What the library listed (files, components, plugins, sizes), one per line. */
  detail?: string;
  /** How many files, components or plugins the library listed, when it listed any. */
  count?: number;
  docUrl?: string;
}

export interface QualityScanResult {
  items: QualityCheckItem[];
  durationMs: number;
}

export interface ConnectionCheckResult {
  /** The key signed a request the server accepted from this machine's IP. */
  accepted: true;
  /** The appid the request was signed for. */
  appid: string;
  /** getattr's `released`: was this appid ever released; null when the answer lacks it. */
  released: boolean | null;
  durationMs: number;
  /** getattr's whole answer, kept by the main process for the next upload (attr-cache.ts); never sent to the window. */
  attr?: Record<string, unknown>;
}

/** One package.json folder installed by the npm-install job: node_modules was written there. */
export interface NpmInstalledFolder {
  /** Absolute folder of the package.json. */
  folder: string;
  /** 'ci': the lockfile's versions exactly (npm ci); 'install': resolved from package.json (no lockfile). */
  mode: 'ci' | 'install';
  /** Packages written into node_modules. */
  added: number;
}

export interface NpmInstallResult {
  /** Empty when the project had nothing left to install. */
  folders: NpmInstalledFolder[];
  durationMs: number;
}

/** One part of the offline-checks job: its value, or the problem that stopped it; null when it was not asked for. */
export type OfflinePart<T> = { ok: true; value: T } | { ok: false; problem: Problem } | null;

/**
 * The pre-upload check's offline work, in one job process (one load of the library): the package
 * compiled as an upload compiles it (getCompiledResult) and measured, and the code-quality scan.
 */
export interface OfflineChecksResult {
  /** '__FULL__', '__APP__' and each subpackage root, as an upload's sizes are named. */
  sizes: OfflinePart<{ packages: PackageSizeInfo[]; fileCount: number }>;
  quality: OfflinePart<QualityCheckItem[]>;
  /** URLs the library tried to reach and was refused (it needs none: its fallbacks apply). */
  refusedRequests: string[];
  durationMs: number;
}

export interface JobResults {
  upload: UploadResult;
  preview: PreviewResult;
  'pack-npm': PackNpmResult;
  'quality-scan': QualityScanResult;
  'connection-check': ConnectionCheckResult;
  'npm-install': NpmInstallResult;
  'offline-checks': OfflineChecksResult;
}

export type JobOutcome<K extends JobKind = JobKind> =
  | { ok: true; kind: K; value: JobResults[K] }
  | { ok: false; kind: K; problem: Problem };
