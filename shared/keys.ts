import type { Problem } from './model';

// What the renderer may know about an upload key: never the key itself.

export interface StoredKeyInfo {
  appid: string;
  /** SHA-256 of the public half, shortened: enough to tell two keys apart, useless to an attacker. */
  fingerprint: string;
  bits: number;
  importedAt: string;
  lastUsedAt: string | null;
  /** Where the ciphertext is protected, e.g. 'keychain', 'dpapi', 'gnome_libsecret'. */
  backend: string;
  /** Held in memory for this session only, because no real keychain was available. */
  sessionOnly: boolean;
}

export type KeyImportResult =
  | { ok: true; key: StoredKeyInfo }
  | {
      ok: false;
      problem: Problem;
      /** The key itself is fine but cannot be stored safely; it may be used for this session instead. */
      canUseForSession: boolean;
      /** The file name names another appid: saving it needs the operator to confirm, naming both. */
      appidConflict?: { fileAppid: string; appid: string };
    };
