import fs from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../../../shared/format';
import type { KeyImportResult } from '../../../shared/keys';
import type { KeyVault } from './key-vault';
import { MAX_KEY_FILE_BYTES } from './parse-upload-key';

/** Reads a dropped or picked key file in the main process and imports it; a huge file is never read whole. */
export async function importKeyFile(
  vault: KeyVault,
  filePath: string,
  options: { appid?: string; sessionOnly?: boolean },
): Promise<KeyImportResult> {
  const refuse = (code: string, params: Record<string, string>, detail?: string): KeyImportResult => ({
    ok: false,
    problem: { code, severity: 'error', params, detail },
    canUseForSession: false,
  });
  const stat = await fs.stat(filePath).catch((error: NodeJS.ErrnoException) => error);
  if (stat instanceof Error) return refuse('key.file-missing', { path: filePath }, stat.code);
  if (!stat.isFile()) return refuse('key.not-pem', {}, 'not a regular file');
  if (stat.size > MAX_KEY_FILE_BYTES) return refuse('key.too-large', { size: formatBytes(stat.size) });
  const bytes = await fs.readFile(filePath);
  return vault.import({ bytes, fileName: path.basename(filePath), ...options });
}
