import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { errnoOf } from './fs-errors';

/** What a path that is not a regular file or a folder is, in the words the problems use. */
export type SpecialKind = 'fifo' | 'socket' | 'device' | 'other';

export type RegularFileRead =
  | { kind: 'ok'; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'special'; type: SpecialKind }
  | { kind: 'too-big'; size: number }
  | { kind: 'failed'; error: unknown };

export function specialKind(stats: Pick<Stats, 'isFIFO' | 'isSocket' | 'isBlockDevice' | 'isCharacterDevice'>): SpecialKind {
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'device';
  return 'other';
}

/**
 * Opening a FIFO for reading waits for a writer, forever if none comes, and holds one of libuv's
 * four file-system threads meanwhile: a few such files stall every file operation of the process.
 * O_NONBLOCK makes that open return at once (Windows has no FIFOs in its file system, nor the flag).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function isDirectoryError(abs: string): Error {
  return Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${abs}'`), { code: 'EISDIR' });
}

/**
 * Reads a regular file of at most `maxBytes`. Anything else is never read: a FIFO, socket or
 * device is named as such (stat first, so it is never opened, and fstat after the non-blocking
 * open, in case the path was swapped in between), and a larger file is refused without reading
 * it (a 300 MB "project.config.json" would otherwise be read whole, then parsed).
 */
export async function readRegularFile(abs: string, maxBytes: number): Promise<RegularFileRead> {
  let before: Stats;
  try {
    before = await stat(abs);
  } catch (error) {
    const errno = errnoOf(error);
    return errno === 'ENOENT' || errno === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'failed', error };
  }
  const refused = refusal(before, abs, maxBytes);
  if (refused) return refused;

  let handle;
  try {
    handle = await open(abs, OPEN_FLAGS);
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'failed', error };
  }
  try {
    const stats = await handle.stat();
    const swapped = refusal(stats, abs, maxBytes);
    if (swapped) return swapped;
    // One byte more than allowed tells a file that grew past the limit from one that did not.
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > maxBytes) return { kind: 'too-big', size: Math.max(stats.size, filled) };
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { kind: 'ok', bytes: buffer.subarray(0, filled) };
  } catch (error) {
    return { kind: 'failed', error };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function refusal(stats: Stats, abs: string, maxBytes: number): RegularFileRead | null {
  if (stats.isDirectory()) return { kind: 'failed', error: isDirectoryError(abs) };
  if (!stats.isFile()) return { kind: 'special', type: specialKind(stats) };
  if (stats.size > maxBytes) return { kind: 'too-big', size: stats.size };
  return null;
}
