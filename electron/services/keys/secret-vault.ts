/**
 * Encrypts secrets for storage. In the app this is Electron's safeStorage (the OS keychain);
 * tests use an in-memory vault and the browser harness a clearly-named development vault.
 */
export interface SecretVault {
  /** What protects the ciphertext, recorded with each key so a change can be noticed. */
  readonly backend: string;
  /** False when the "encryption" is not worth the name (Linux basic_text): never store silently. */
  readonly canPersist: boolean;
  encrypt(plain: string): Buffer;
  /** Throws when the ciphertext cannot be opened (another keychain, an OS reinstall). */
  decrypt(cipher: Buffer): string;
}
