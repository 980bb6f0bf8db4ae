import type { JobPhase, JobProgress } from '../../../shared/jobs';

// Progress of an npm install, from what npm's libraries announce on the process: proc-log emits
// `process.emit('time', 'start' | 'end', name)`, and arborist times each package it writes as
// `reifyNode:<location>`. The fraction runs over the packages to write, folder after folder.

const RESOLVED = 0.1;
const WRITTEN = 0.97;

export class InstallProgress {
  private folderIndex = 0;
  private planned = 0;
  private written = 0;
  private last = 0;
  /** Packages written in all folders so far. */
  total = 0;

  constructor(
    private readonly jobId: string,
    private readonly folders: number,
    private readonly report: (progress: JobProgress) => void,
  ) {}

  /** Listens to arborist's timers until the returned function is called. */
  listen(): () => void {
    const onTime = (kind: unknown, name: unknown) => {
      if (kind === 'end' && typeof name === 'string' && name.startsWith('reifyNode:')) this.packageWritten();
    };
    process.on('time', onTime);
    return () => process.off('time', onTime);
  }

  start(): void {
    this.emit('starting', 0.01);
  }

  /** A new folder: its tree is being resolved (the lockfile read, or packuments fetched). */
  folderStarted(index: number): void {
    this.folderIndex = index;
    this.planned = 0;
    this.written = 0;
    this.emit('install', this.at(0.02));
  }

  plannedPackages(count: number): void {
    this.planned = count;
    this.emit('install', this.at(RESOLVED));
  }

  finish(): void {
    this.emit('finishing', 1);
  }

  private packageWritten(): void {
    this.written++;
    this.total++;
    const share = this.planned > 0 ? Math.min(1, this.written / this.planned) : 1;
    this.emit('install', this.at(RESOLVED + (WRITTEN - RESOLVED) * share));
  }

  /** `within` (0..1 of this folder) as a fraction of the whole job. */
  private at(within: number): number {
    return (this.folderIndex + within) / Math.max(1, this.folders);
  }

  private emit(phase: JobPhase, fraction: number): void {
    // Never backwards: a progress bar that shrinks reads as a fault.
    this.last = Math.max(this.last, Math.min(1, fraction));
    this.report({ jobId: this.jobId, kind: 'npm-install', phase, fraction: this.last });
  }
}
