import { safeStorage } from 'electron';
import type { SecretVault } from '../../services/keys/secret-vault';

// On Linux, safeStorage falls back to 'basic_text' (a hard-coded password) when no keyring is
// reachable; that is not a keychain, so such a vault refuses to persist anything.
const NOT_A_KEYCHAIN = new Set(['basic_text', 'unknown']);

/** The OS keychain (macOS Keychain, Windows DPAPI, libsecret / KWallet) through Electron's safeStorage. */
export function safeStorageVault(platform: NodeJS.Platform = process.platform): SecretVault {
  const available = safeStorage.isEncryptionAvailable();
  const backend =
    platform === 'linux' ? safeStorage.getSelectedStorageBackend() : platform === 'darwin' ? 'keychain' : platform === 'win32' ? 'dpapi' : platform;
  return {
    backend: available ? backend : 'unavailable',
    canPersist: available && !NOT_A_KEYCHAIN.has(backend),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (cipher) => safeStorage.decryptString(cipher),
  };
}
