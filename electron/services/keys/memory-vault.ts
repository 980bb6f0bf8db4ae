import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SecretVault } from './secret-vault';

/** AES-256-GCM under a given key: the cipher behind the test and development vaults. */
export function aesVault(key: Buffer, backend: string, canPersist = true): SecretVault {
  return {
    backend,
    canPersist,
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * A vault whose key lives only in this process: what services are tested with. A second
 * instance cannot open the first one's ciphertext, as after an OS reinstall.
 */
export function memoryVault(backend = 'memory', canPersist = true): SecretVault {
  return aesVault(crypto.randomBytes(32), backend, canPersist);
}

export const DEVELOPMENT_VAULT_BACKEND = 'development-file-NOT-A-KEYCHAIN';

/**
 * The browser harness's vault: persists across restarts like the real one, but its key is a
 * plain file beside the data. For development and tests only; the app never uses it.
 */
export function developmentVault(dataDir: string): SecretVault {
  const keyFile = path.join(dataDir, 'development-vault.key');
  fs.mkdirSync(dataDir, { recursive: true });
  // A key file of another length is what an older, non-atomic write left when killed: nothing
  // can have been encrypted with it (every use would have thrown), so it is replaced.
  if (fs.existsSync(keyFile) && fs.statSync(keyFile).size !== 32) fs.renameSync(keyFile, `${keyFile}.corrupt-${Date.now()}`);
  if (!fs.existsSync(keyFile)) writeKeyFileAtomically(keyFile, crypto.randomBytes(32));
  return aesVault(fs.readFileSync(keyFile), DEVELOPMENT_VAULT_BACKEND);
}

/** Like the stores (issue 13): temp file beside it, fsync, rename, so a kill leaves all or nothing. */
function writeKeyFileAtomically(keyFile: string, key: Buffer): void {
  const temp = `${keyFile}.tmp-${process.pid}`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, key);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, keyFile);
}
