import type { ParentMessage, WorkerMessage } from './job-messages';

/** A running job process, whichever way it was started. */
export interface JobProcess {
  readonly pid: number | undefined;
  send(message: ParentMessage): void;
  onMessage(listener: (message: WorkerMessage) => void): void;
  /** `signal` is known under plain Node only (Electron's utility process reports a code). */
  onExit(listener: (code: number | null, signal?: string | null) => void): void;
  /** Resolves true once the process has exited by itself, false if it has not within `ms`. */
  waitForExit(ms: number): Promise<boolean>;
  /** Ends the process and everything it started at once; resolves when the process has exited. */
  kill(): Promise<void>;
}

export interface LaunchOptions {
  /** A fresh folder for this job: miniprogram-ci leaves stray folders in its working directory. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Starts job processes: child_process.fork under plain Node, utilityProcess.fork in Electron. */
export interface JobLauncher {
  launch(options: LaunchOptions): JobProcess;
}
