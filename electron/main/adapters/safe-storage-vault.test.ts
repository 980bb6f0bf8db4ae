import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { safeStorage } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyVault, type KeysFile } from '../../services/keys/key-vault';
import { rsaPair } from '../../services/keys/test-support/key-files';
import { openConfStore } from '../../services/settings/conf-store';
import { safeStorageVault } from './safe-storage-vault';

// safeStorage stands in for the OS keychain: a real cipher whose key belongs to the "machine",
// so switching machines (or keyrings) really makes old ciphertext unreadable.
function keychainOn(machineKey: Buffer, backend: string, available = true) {
  vi.mocked(safeStorage.isEncryptionAvailable).mockReturnValue(available);
  vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue(backend as ReturnType<typeof safeStorage.getSelectedStorageBackend>);
  vi.mocked(safeStorage.encryptString).mockImplementation((plain: string) => {
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('aes-256-cbc', machineKey, iv);
    return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]);
  });
  vi.mocked(safeStorage.decryptString).mockImplementation((data: Buffer) => {
    const decipher = crypto.createDecipheriv('aes-256-cbc', machineKey, data.subarray(0, 16));
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
  });
}

const APPID = 'wx0123456789abcdef';
const pem = rsaPair().privateKey;
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-storage-test-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.resetAllMocks();
});
const store = () => openConfStore<KeysFile>(dir, 'keys').store;

describe('safeStorageVault', () => {
  it('encrypts through the keychain and reads the key back after a restart', () => {
    const machine = crypto.randomBytes(32);
    keychainOn(machine, 'gnome_libsecret');
    const vault = safeStorageVault('linux');
    expect(vault).toMatchObject({ backend: 'gnome_libsecret', canPersist: true });
    expect(new KeyVault(vault, store()).import({ bytes: Buffer.from(pem), appid: APPID }).ok).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'keys.json'), 'utf8')).not.toContain(pem.split('\n')[2]);
    expect(safeStorage.encryptString).toHaveBeenCalledTimes(1);

    const restarted = new KeyVault(safeStorageVault('linux'), store()).useKey(APPID);
    expect(restarted).toEqual({ ok: true, pem: `${pem.trim()}\n` });
  });

  it('refuses basic_text on Linux and offers this session only', () => {
    keychainOn(crypto.randomBytes(32), 'basic_text');
    const vault = safeStorageVault('linux');
    expect(vault.canPersist).toBe(false);
    const result = new KeyVault(vault, store()).import({ bytes: Buffer.from(pem), appid: APPID });
    expect(result).toMatchObject({ ok: false, canUseForSession: true, problem: { code: 'key.insecure-storage' } });
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
  });

  it('treats unavailable encryption as no keychain', () => {
    keychainOn(crypto.randomBytes(32), 'gnome_libsecret', false);
    expect(safeStorageVault('linux')).toMatchObject({ backend: 'unavailable', canPersist: false });
  });

  it('names the platform keychain on macOS and Windows', () => {
    keychainOn(crypto.randomBytes(32), 'unknown');
    expect(safeStorageVault('darwin')).toMatchObject({ backend: 'keychain', canPersist: true });
    expect(safeStorageVault('win32')).toMatchObject({ backend: 'dpapi', canPersist: true });
  });

  it('after a keyring switch or an OS reinstall asks for the key again instead of crashing', () => {
    keychainOn(crypto.randomBytes(32), 'gnome_libsecret');
    new KeyVault(safeStorageVault('linux'), store()).import({ bytes: Buffer.from(pem), appid: APPID });
    keychainOn(crypto.randomBytes(32), 'kwallet5');
    const used = new KeyVault(safeStorageVault('linux'), store()).useKey(APPID);
    expect(used).toMatchObject({ ok: false, problem: { code: 'key.unreadable' } });
  });
});
