import type { CompileType, Problem } from '../../../shared/model';
import type { JobKind, JobProgress, JobResults, PreviewOptions, UploadOptions } from '../../../shared/jobs';

// What the parent and a job process say to each other. Plain data over the IPC channel:
// the private key travels here and nowhere else (not argv, not env, not a file).

export interface JobProject {
  appid: string;
  /** The folder holding project.config.json. */
  projectPath: string;
  compileType: CompileType;
  /** Files under the code root, used to turn per-file compile events into a fraction. */
  expectedFiles: number;
}

export interface JobOptions {
  upload: UploadOptions;
  preview: PreviewOptions;
  'pack-npm': Record<string, never>;
  'quality-scan': Record<string, never>;
  'connection-check': Record<string, never>;
  'npm-install': NpmInstallOptions;
  'offline-checks': OfflineChecksOptions;
}

export interface OfflineChecksOptions {
  /** Compile and measure the package; false when the project's own blockers would make the numbers meaningless. */
  compile: boolean;
  /** Build miniprogram_npm first, as the upload will (the sizes then include it). */
  buildNpm: boolean;
  /** Run the code-quality scan (the library scans Mini Programs only). */
  quality: boolean;
}

export interface NpmInstallOptions {
  /** Absolute folders of the package.json files whose packages are missing; node_modules goes there. */
  folders: string[];
  /** The app's npm registry setting, used where a folder's .npmrc names none; null for npm's own. */
  registry: string | null;
}

export interface JobRequest<K extends JobKind = JobKind> {
  type: 'run';
  jobId: string;
  kind: K;
  project: JobProject;
  options: JobOptions[K];
  privateKey: string;
  /** The proxy decided by the app; null means none, whatever the environment says. */
  proxy: string | null;
  /** getattr's answer from this session's connection check (attr-cache.ts): the upload skips its own. */
  attr?: Record<string, unknown>;
}

export interface CancelRequest {
  type: 'cancel';
}

/** Sent to a spare process (warm-job-pool.ts): load the library, nothing project- or key-specific. */
export interface WarmRequest {
  type: 'warm';
}

export type ParentMessage = JobRequest | CancelRequest | WarmRequest;

/** A failure as miniprogram-ci raised it; the parent classifies it with the catalogue. */
export interface RawJobError {
  code?: number | string;
  name?: string;
  message: string;
}

export type WorkerMessage =
  /** A spare process has loaded the library and waits for its job. */
  | { type: 'ready' }
  | { type: 'progress'; progress: JobProgress }
  | { type: 'result'; value: JobResults[JobKind] }
  | { type: 'error'; error: RawJobError }
  /** A failure the job process classified itself, where the raw error's fields are (npm's errors). */
  | { type: 'problem'; problem: Problem };

/** Thrown by a job that knows what went wrong: the worker sends the problem as it is. */
export class JobFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

export function toRawError(error: unknown): RawJobError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      message: error.message,
      name: error.name,
      code: typeof code === 'number' || typeof code === 'string' ? code : undefined,
    };
  }
  return { message: String(error) };
}
