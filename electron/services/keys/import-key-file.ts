import type { KeyImportResult } from '../../../shared/keys';
import type { KeyVault } from './key-vault';
import { readKeyFileBytes } from './read-key-file';

/** Reads a dropped or picked key file in the main process and imports it. */
export async function importKeyFile(
  vault: KeyVault,
  filePath: string,
  options: { appid?: string; sessionOnly?: boolean; confirmedAppid?: string },
): Promise<KeyImportResult> {
  const file = await readKeyFileBytes(filePath);
  if (!file.ok) return { ok: false, problem: file.problem, canUseForSession: false };
  return vault.import({ bytes: file.bytes, fileName: file.fileName, ...options });
}
