import type { CompileType } from '../../../shared/model';
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
}

export interface CancelRequest {
  type: 'cancel';
}

export type ParentMessage = JobRequest | CancelRequest;

/** A failure as miniprogram-ci raised it; the parent classifies it with the catalogue. */
export interface RawJobError {
  code?: number | string;
  name?: string;
  message: string;
}

export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'result'; value: JobResults[JobKind] }
  | { type: 'error'; error: RawJobError };

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
