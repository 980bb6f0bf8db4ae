import type { Dirent } from 'node:fs';
import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { SourceReader, SourceText } from './source-reader';

/**
 * File system access for the scan, on the calling thread, without holding the event loop:
 *
 * - Synchronous calls while they are fast. Reading a small file from the page cache takes a
 *   few microseconds synchronously, and several times that through the thread pool (the
 *   benchmark: 16,000 files in ~90 ms against ~400 ms). When calls are slow (a cold disk, a
 *   network share) the scan switches to the async calls for good: after SLOW_CALLS calls over
 *   `slowCallMs`, if they are more than SLOW_SHARE of all calls so far. A lone slow call is
 *   usually the OS running something else (seen up to 80 ms on a busy two-core machine) and
 *   would have delayed async code just the same.
 * - `pace()` after each unit of work hands the loop a turn (setImmediate) once `sliceMs` of
 *   synchronous work has piled up since the last turn.
 */
const SLOW_CALLS = 8;
const DONE = Promise.resolve();
const SLOW_SHARE = 0.05;

export class PacedIo {
  private sync = true;
  private calls = 0;
  private slowCalls = 0;
  private lastTurn = performance.now();
  private turn: Promise<void> | null = null;

  constructor(
    private readonly slowCallMs = 2,
    private readonly sliceMs = 8,
  ) {}

  /** Whether calls are still synchronous (false after a slow one). */
  get synchronous(): boolean {
    return this.sync;
  }

  private timed<T>(call: () => T): T {
    const started = performance.now();
    try {
      return call();
    } finally {
      this.calls++;
      if (performance.now() - started > this.slowCallMs) {
        this.slowCalls++;
        if (this.slowCalls >= SLOW_CALLS && this.slowCalls > this.calls * SLOW_SHARE) this.sync = false;
      }
    }
  }

  async readdir(abs: string): Promise<Dirent[]> {
    if (!this.sync) return readdir(abs, { withFileTypes: true });
    return this.timed(() => readdirSync(abs, { withFileTypes: true }));
  }

  async read(abs: string, reader: SourceReader): Promise<SourceText> {
    if (!this.sync) return reader.read(abs);
    return this.timed(() => reader.readSync(abs));
  }

  /**
   * Resolves at once while the slice lasts; after that, at the next turn of the loop. Every caller
   * waits for the same turn: with one setImmediate per concurrent worker, all of them would wake
   * in the same check phase and each run a whole slice before the loop got on (measured: 8
   * workers, ~60 ms stalls).
   */
  pace(): Promise<void> {
    if (this.turn) return this.turn;
    if (performance.now() - this.lastTurn < this.sliceMs) return DONE;
    this.turn = new Promise<void>((resolve) => {
      setImmediate(() => {
        this.turn = null;
        this.lastTurn = performance.now();
        resolve();
      });
    });
    return this.turn;
  }
}
