import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';

/** FIFOs are a POSIX thing: mkfifo exists on Linux and macOS, not on Windows. */
export const CAN_MAKE_FIFOS = process.platform !== 'win32';

/**
 * Watches one FIFO from another process: every 200 ms it opens the FIFO for writing without
 * blocking, which succeeds only while some reader has it open, typically one stuck waiting for a
 * writer. It then leaves a mark and closes the FIFO, so the stuck reader gets end-of-file and goes
 * on. A regression that opens a FIFO blocking therefore fails its test (the mark) instead of
 * hanging it: a synchronous open would block the test's own thread, where no timer could help.
 */
const WATCHDOG = `
const fs = require('node:fs');
const [fifo, mark] = process.argv.slice(1);
setInterval(() => {
  let fd;
  try { fd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK); } catch { return; }
  fs.writeFileSync(mark, fifo);
  fs.closeSync(fd);
}, 200);
process.stdin.on('end', () => process.exit(0)).resume();
`;

/**
 * Named pipes for one test each. After each test their watchdogs are stopped, and the test fails
 * if any reader opened one and waited on it: the code under test must never do that.
 */
export function useFifos(): (abs: string) => void {
  let marks: string | null = null;
  const made: Array<{ fifo: string; mark: string; watchdog: ChildProcess }> = [];
  afterEach(() => {
    const waitedOn = made.filter(({ mark }) => existsSync(mark)).map(({ fifo }) => fifo);
    for (const { watchdog } of made.splice(0)) watchdog.kill();
    if (marks) rmSync(marks, { recursive: true, force: true });
    marks = null;
    expect(waitedOn, 'FIFOs a reader opened and waited on').toEqual([]);
  });
  return (abs) => {
    execFileSync('mkfifo', [abs]);
    marks ??= mkdtempSync(path.join(os.tmpdir(), 'fifo-marks-'));
    const mark = path.join(marks, `${made.length}.waited`);
    const watchdog = spawn(process.execPath, ['-e', WATCHDOG, abs, mark], { stdio: ['pipe', 'ignore', 'inherit'] });
    made.push({ fifo: abs, mark, watchdog });
  };
}

/** A file of `bytes` that takes no disk space (sparse): a 300 MB config file costs nothing to make. */
export async function makeSparseFile(abs: string, bytes: number): Promise<void> {
  await truncate(abs, bytes);
}
