import fs from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../../../shared/format';
import type { ProblemCode } from '../../../shared/errors';
import type { Problem } from '../../../shared/model';
import { MAX_KEY_FILE_BYTES } from './parse-upload-key';

export type KeyFileBytes = { ok: true; bytes: Buffer; fileName: string } | { ok: false; problem: Problem };

/** Reads a would-be key file; a huge file is refused by its size and never read whole. */
export async function readKeyFileBytes(filePath: string): Promise<KeyFileBytes> {
  const refuse = (code: ProblemCode, params: Record<string, string>, detail?: string): KeyFileBytes => ({
    ok: false,
    problem: { code, severity: 'error', params, detail },
  });
  const fullPath = path.resolve(filePath);
  try {
    const stat = await fs.stat(fullPath);
    if (!stat.isFile()) return refuse('key.file-unreadable', { path: fullPath }, 'not a regular file');
    if (stat.size > MAX_KEY_FILE_BYTES) return refuse('key.too-large', { size: formatBytes(stat.size) });
    return { ok: true, bytes: await fs.readFile(fullPath), fileName: path.basename(fullPath) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('key.file-missing', { path: fullPath }, code);
    return refuse('key.file-unreadable', { path: fullPath }, code ?? String(error));
  }
}
