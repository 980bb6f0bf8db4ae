import { z } from 'zod';
import type { KeyImportResult, StoredKeyInfo } from '../../../shared/keys';
import type { Problem } from '../../../shared/model';
import type { StoreBackend } from '../settings/store-backend';
import { parseUploadKey, type UploadKey } from './parse-upload-key';
import type { KeySource, UsableKey } from './key-source';
import type { SecretVault } from './secret-vault';

// Upload keys per appid: ciphertext in the keys store, the backend that made it recorded beside
// it, and only metadata ever handed out. The plain key leaves here only through useKey(), which
// the release service calls at job start.

const KeyRecord = z.object({
  ciphertext: z.string(),
  fingerprint: z.string(),
  bits: z.number(),
  importedAt: z.string(),
  lastUsedAt: z.string().nullable(),
  backend: z.string(),
});
type KeyRecord = z.infer<typeof KeyRecord>;

export interface KeysFile extends Record<string, unknown> {
  schemaVersion: number;
  keys: Record<string, KeyRecord>;
}

export interface ImportKeyRequest {
  bytes: Buffer;
  fileName?: string;
  /** The open project's appid; the key is stored under it. */
  appid?: string;
  /** Keep the key in memory only (offered when no real keychain exists). */
  sessionOnly?: boolean;
  /** The operator confirmed the key belongs to this appid although its file name names another. */
  confirmedAppid?: string;
}

export class KeyVault implements KeySource {
  private readonly sessionKeys = new Map<string, { key: UploadKey; info: StoredKeyInfo }>();

  constructor(
    private readonly vault: SecretVault,
    private readonly store: StoreBackend<KeysFile>,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  import(request: ImportKeyRequest): KeyImportResult {
    const parsed = parseUploadKey(request.bytes, request.fileName);
    if (!parsed.ok) return { ok: false, problem: parsed.problem, canUseForSession: false };
    const { key } = parsed;
    const appid = request.appid ?? key.appidFromFileName;
    if (!appid) return { ok: false, problem: { code: 'key.appid-unknown', severity: 'error' }, canUseForSession: false };
    // WeChat names the file after its appid; another appid there is almost always the wrong key,
    // which would only fail at upload. It is saved only when the operator confirms, naming both.
    const fileAppid = key.appidFromFileName;
    if (fileAppid && fileAppid !== appid.toLowerCase() && request.confirmedAppid !== appid) {
      const problem: Problem = { code: 'key.appid-mismatch', severity: 'error', params: { fileAppid, appid } };
      return { ok: false, problem, canUseForSession: false, appidConflict: { fileAppid, appid } };
    }
    const importedAt = this.now().toISOString();
    const meta = { appid, fingerprint: key.fingerprint, bits: key.bits, importedAt, lastUsedAt: null };

    if (request.sessionOnly) {
      const info: StoredKeyInfo = { ...meta, backend: 'memory', sessionOnly: true };
      this.sessionKeys.set(appid, { key, info });
      return { ok: true, key: info };
    }
    if (!this.vault.canPersist) {
      return { ok: false, problem: { code: 'key.insecure-storage', severity: 'error', params: { backend: this.vault.backend } }, canUseForSession: true };
    }
    let ciphertext: string;
    try {
      ciphertext = this.vault.encrypt(key.pem).toString('base64');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: { code: 'key.store-failed', severity: 'error', detail }, canUseForSession: true };
    }
    this.writeRecords({ ...this.records(), [appid]: { ...meta, ciphertext, backend: this.vault.backend } });
    this.sessionKeys.delete(appid);
    return { ok: true, key: { ...meta, backend: this.vault.backend, sessionOnly: false } };
  }

  list(): StoredKeyInfo[] {
    const stored = Object.entries(this.records()).map(([appid, record]) => this.info(appid, record));
    const session = [...this.sessionKeys.values()].map((entry) => entry.info);
    return [...session, ...stored.filter((s) => !this.sessionKeys.has(s.appid))].sort((a, b) => a.appid.localeCompare(b.appid));
  }

  remove(appid: string): StoredKeyInfo[] {
    this.sessionKeys.delete(appid);
    const { [appid]: _removed, ...rest } = this.records();
    this.writeRecords(rest);
    return this.list();
  }

  /** The plain key for a job that starts now; records the use. */
  useKey(appid: string): UsableKey {
    const session = this.sessionKeys.get(appid);
    if (session) {
      session.info = { ...session.info, lastUsedAt: this.now().toISOString() };
      return { ok: true, pem: session.key.pem };
    }
    const record = this.records()[appid];
    if (!record) return { ok: false, problem: { code: 'key.missing', severity: 'error', params: { appid } } };
    let pem: string;
    try {
      pem = this.vault.decrypt(Buffer.from(record.ciphertext, 'base64'));
    } catch (error) {
      const changed = record.backend !== this.vault.backend ? `backend was ${record.backend}, now ${this.vault.backend}; ` : '';
      const detail = `${changed}${error instanceof Error ? error.message : String(error)}`;
      return { ok: false, problem: { code: 'key.unreadable', severity: 'error', params: { appid }, detail } };
    }
    this.writeRecords({ ...this.records(), [appid]: { ...record, lastUsedAt: this.now().toISOString() } });
    return { ok: true, pem };
  }

  private info(appid: string, record: KeyRecord): StoredKeyInfo {
    const { fingerprint, bits, importedAt, lastUsedAt, backend } = record;
    return { appid, fingerprint, bits, importedAt, lastUsedAt, backend, sessionOnly: false };
  }

  /** Valid records only: one damaged entry must not hide the others. */
  private records(): Record<string, KeyRecord> {
    const raw = this.store.get('keys');
    if (typeof raw !== 'object' || raw === null) return {};
    const valid: Record<string, KeyRecord> = {};
    for (const [appid, value] of Object.entries(raw)) {
      const parsed = KeyRecord.safeParse(value);
      if (parsed.success) valid[appid] = parsed.data;
    }
    return valid;
  }

  private writeRecords(records: Record<string, KeyRecord>): void {
    this.store.set('keys', records);
  }
}
