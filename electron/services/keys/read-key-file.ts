import path from 'node:path';
import { formatBytes } from '../../../shared/format';
import type { ProblemCode } from '../../../shared/errors';
import type { Problem } from '../../../shared/model';
import { errnoOf } from '../project/fs-errors';
import { readRegularFile } from '../project/regular-file';
import { MAX_KEY_FILE_BYTES } from './parse-upload-key';

export type KeyFileBytes = { ok: true; bytes: Buffer; fileName: string } | { ok: false; problem: Problem };

/** Reads a would-be key file; a huge file is refused by its size and never read whole. */
export async function readKeyFileBytes(filePath: string): Promise<KeyFileBytes> {
  const refuse = (code: ProblemCode, params: Record<string, string>, detail?: string): KeyFileBytes => ({
    ok: false,
    problem: { code, severity: 'error', params, detail },
  });
  const fullPath = path.resolve(filePath);
  // Through the project reader's guard: a FIFO named like a key is never opened, a huge file never read.
  const read = await readRegularFile(fullPath, MAX_KEY_FILE_BYTES);
  switch (read.kind) {
    case 'ok':
      return { ok: true, bytes: read.bytes, fileName: path.basename(fullPath) };
    case 'missing':
      return refuse('key.file-missing', { path: fullPath }, 'ENOENT');
    case 'too-big':
      return refuse('key.too-large', { size: formatBytes(read.size) });
    case 'special':
      return refuse('key.file-unreadable', { path: fullPath }, `not a regular file (${read.type})`);
    case 'failed':
      return refuse('key.file-unreadable', { path: fullPath }, errnoOf(read.error) ?? String(read.error));
  }
}
