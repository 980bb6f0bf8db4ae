import { z } from 'zod';
import type { ReviewAccount, ReviewAccountSaved } from '../../../shared/review-account';
import type { SecretVault } from '../keys/secret-vault';
import type { Logger } from '../logging/logger';
import { rememberSecret } from '../logging/redact';
import type { StoreBackend } from '../settings/store-backend';

// The reviewer's test account per appid, kept like the upload keys: the whole account (username,
// password, note) encrypted by the key vault's backend, only ciphertext in the store file, and its
// username and password told to the log redactor whenever they pass through here.

export interface ReviewAccountsFile extends Record<string, unknown> {
  schemaVersion: number;
  accounts: Record<string, unknown>;
}

const Sealed = z.object({ ciphertext: z.string(), backend: z.string(), savedAt: z.string() });
const Plain = z.object({ username: z.string(), password: z.string(), note: z.string() });

export class ReviewAccounts {
  /** Where the vault cannot persist (Linux basic_text), the account lives until the app closes. */
  private readonly sessionOnly = new Map<string, ReviewAccount>();

  constructor(
    private readonly vault: SecretVault,
    private readonly store: StoreBackend<ReviewAccountsFile>,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  get(appid: string): ReviewAccount | null {
    const session = this.sessionOnly.get(appid);
    if (session) return this.told(session);
    const sealed = Sealed.safeParse(this.all()[appid]);
    if (!sealed.success) return null;
    try {
      const plain = Plain.parse(JSON.parse(this.vault.decrypt(Buffer.from(sealed.data.ciphertext, 'base64'))));
      return this.told(plain);
    } catch (error) {
      // Another keychain (an OS reinstall): the operator types the account again, which overwrites this entry.
      const changed = sealed.data.backend !== this.vault.backend ? ` (backend was ${sealed.data.backend}, now ${this.vault.backend})` : '';
      this.logger.warn(`review account for ${appid} unreadable${changed}: ${error instanceof Error ? error.name : 'error'}`);
      return null;
    }
  }

  set(appid: string, account: ReviewAccount): ReviewAccountSaved {
    this.told(account);
    if (!this.vault.canPersist) {
      this.sessionOnly.set(appid, account);
      return { ok: true, sessionOnly: true };
    }
    let ciphertext: string;
    try {
      ciphertext = this.vault.encrypt(JSON.stringify(account)).toString('base64');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: { code: 'submit.account-store-failed', severity: 'error', detail } };
    }
    this.store.set('accounts', { ...this.all(), [appid]: { ciphertext, backend: this.vault.backend, savedAt: this.now().toISOString() } });
    this.sessionOnly.delete(appid);
    return { ok: true, sessionOnly: false };
  }

  /** Every saved account's username and password: what the diagnostics export removes wherever it appears. */
  heldSecrets(): string[] {
    const appids = new Set([...Object.keys(this.all()), ...this.sessionOnly.keys()]);
    return [...appids].flatMap((appid) => {
      const account = this.get(appid);
      return account ? [account.username, account.password] : [];
    });
  }

  clear(appid: string): null {
    this.sessionOnly.delete(appid);
    const { [appid]: _cleared, ...rest } = this.all();
    this.store.set('accounts', rest);
    return null;
  }

  private told(account: ReviewAccount): ReviewAccount {
    rememberSecret(account.username);
    rememberSecret(account.password);
    return account;
  }

  private all(): Record<string, unknown> {
    const raw = this.store.get('accounts');
    return typeof raw === 'object' && raw !== null ? raw : {};
  }
}
