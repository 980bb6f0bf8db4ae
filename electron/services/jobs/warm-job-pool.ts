import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { JobLauncher, JobProcess } from './job-launcher';

// Loading miniprogram-ci costs a job process about 0.6 s of CPU before it can do anything. The pool
// keeps one process started ahead of need, in the working folder of the job it will run, with the
// library loaded and nothing else: no project, no appid, no key, no proxy (those come in the job's
// own message). Each process still runs exactly one job and exits; taking the spare starts the next.

/** A started job process and the fresh folder it runs in (removed by the runner after the job). */
export interface LaunchedJob {
  child: JobProcess;
  cwd: string;
}

export interface SpareStatus {
  pid: number | undefined;
  ready: boolean;
}

interface Spare extends LaunchedJob {
  ready: boolean;
  exited: boolean;
}

/** Starts a job process in a fresh folder under `tempRoot`. */
export async function launchFresh(launcher: JobLauncher, env: NodeJS.ProcessEnv, tempRoot: string): Promise<LaunchedJob> {
  const cwd = await fs.mkdtemp(path.join(tempRoot, 'mp-job-'));
  try {
    return { child: launcher.launch({ cwd, env }), cwd };
  } catch (error) {
    await fs.rm(cwd, { recursive: true, force: true });
    throw error;
  }
}

export class WarmJobPool {
  private spare: Spare | null = null;
  private disposed = false;

  constructor(
    private readonly launcher: JobLauncher,
    private readonly env: NodeJS.ProcessEnv,
    private readonly tempRoot: string,
  ) {
    this.replenish();
  }

  /**
   * A process for the next job. A job that loads the library takes the spare even while it is still
   * loading (its message waits in the process's queue, behind the load, and it is still ahead of a
   * fresh start); a job that needs only a few modules (the connection check, npm install) takes it
   * only when it is ready, else a fresh process, which is quicker than waiting for the whole library.
   * Synchronous up to the hand-off, so two jobs starting together never get the same process.
   */
  take({ needsLibrary }: { needsLibrary: boolean }): Promise<LaunchedJob> {
    const spare = this.spare;
    if (spare && !spare.exited && (needsLibrary || spare.ready)) {
      this.spare = null;
      this.replenish();
      return Promise.resolve({ child: spare.child, cwd: spare.cwd });
    }
    if (spare?.exited) {
      // It died idle (out of memory, killed from outside): never handed out; this job starts the next.
      this.spare = null;
      void fs.rm(spare.cwd, { recursive: true, force: true });
      this.replenish();
    }
    return launchFresh(this.launcher, this.env, this.tempRoot);
  }

  /** Kills the idle spare and removes its folder; nothing is started afterwards (app quit, runner disposed). */
  async dispose(): Promise<void> {
    this.disposed = true;
    const spare = this.spare;
    this.spare = null;
    if (!spare) return;
    await spare.child.kill();
    await fs.rm(spare.cwd, { recursive: true, force: true });
  }

  /** The idle spare: its process id and whether it has loaded the library (tests, measurements). */
  status(): SpareStatus {
    const spare = this.spare;
    return { pid: spare?.child.pid, ready: spare !== null && spare.ready && !spare.exited };
  }

  private replenish(): void {
    if (this.disposed || this.spare) return;
    let cwd: string;
    try {
      // Synchronous (one mkdir), so the spare exists as soon as the previous one is taken.
      cwd = fsSync.mkdtempSync(path.join(this.tempRoot, 'mp-job-'));
    } catch {
      return; // No spare: each job then starts its own process, as without a pool.
    }
    let child: JobProcess;
    try {
      child = this.launcher.launch({ cwd, env: this.env });
    } catch {
      void fs.rm(cwd, { recursive: true, force: true });
      return;
    }
    const spare: Spare = { child, cwd, ready: false, exited: false };
    child.onMessage((message) => {
      if (message.type === 'ready') spare.ready = true;
    });
    child.onExit(() => {
      spare.exited = true;
    });
    child.send({ type: 'warm' });
    this.spare = spare;
  }
}
