import crypto from 'node:crypto';
import { z } from 'zod';
import type { Problem } from '../../../shared/model';
import { ROBOT_KINDS, type NotifyConfig, type RobotSaved, type RobotScope, type RobotView } from '../../../shared/notify';
import type { SecretVault } from '../keys/secret-vault';
import type { Logger } from '../logging/logger';
import { rememberSecret } from '../logging/redact';
import type { StoreBackend } from '../settings/store-backend';
import { maskedWebhook, webhookToken } from './robot-url';
import type { StoredRobot } from './send-robot';

// The robots, kept like the upload keys and the reviewers' accounts: the webhook URL and the secret are
// encrypted together by the key vault's backend (safeStorage in the app, the development vault in the
// harness); the store file holds only ciphertext and the masked view. Whenever a URL, its token or a
// secret passes through here it is told to the log redactor.

export interface NotifyFile extends Record<string, unknown> {
  schemaVersion: number;
  desktop: boolean;
  robots: unknown[];
  /** Clock reminders already sent (clock-reminders.ts), so each goes out once a day. */
  reminded: string[];
}

const Sealed = z.object({
  id: z.string(),
  kind: z.enum(ROBOT_KINDS),
  scope: z.enum(['app', 'appid']),
  appid: z.string().nullable(),
  maskedUrl: z.string(),
  hasSecret: z.boolean(),
  ciphertext: z.string(),
  backend: z.string(),
  savedAt: z.string(),
});
type Sealed = z.infer<typeof Sealed>;
const Plain = z.object({ url: z.string(), secret: z.string().optional() });

export interface NewRobot {
  kind: StoredRobot['kind'];
  url: string;
  secret?: string;
  appid: string | null;
}

export type OpenedRobot = { ok: true; view: RobotView; robot: StoredRobot } | { ok: false; problem: Problem };

export class RobotStore {
  /** Where the vault cannot persist (Linux basic_text), robots live until the app closes. */
  private readonly sessionOnly = new Map<string, { view: RobotView; robot: StoredRobot }>();

  constructor(
    private readonly vault: SecretVault,
    private readonly store: StoreBackend<NotifyFile>,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  config(): NotifyConfig {
    return { desktop: this.store.get('desktop') ?? true, robots: [...this.sealed().map(viewOf), ...[...this.sessionOnly.values()].map((entry) => entry.view)] };
  }

  setDesktop(desktop: boolean): NotifyConfig {
    this.store.set('desktop', desktop);
    return this.config();
  }

  add(input: NewRobot): RobotSaved {
    const token = webhookToken(input.kind, input.url);
    if (!token) return { ok: false, problem: { code: 'notify.robot-url-invalid', severity: 'error', params: { platform: input.kind } } };
    const robot: StoredRobot = { kind: input.kind, url: input.url, ...(input.secret ? { secret: input.secret } : {}) };
    this.told(robot);
    const scope: RobotScope = input.appid ? { scope: 'appid', appid: input.appid } : { scope: 'app' };
    const view: RobotView = { id: crypto.randomUUID(), kind: input.kind, maskedUrl: maskedWebhook(input.url, token), hasSecret: Boolean(input.secret), sessionOnly: !this.vault.canPersist, ...scope };
    if (!this.vault.canPersist) {
      this.sessionOnly.set(view.id, { view, robot });
      return { ok: true, robot: view };
    }
    let ciphertext: string;
    try {
      ciphertext = this.vault.encrypt(JSON.stringify({ url: robot.url, secret: robot.secret })).toString('base64');
    } catch (error) {
      return { ok: false, problem: { code: 'notify.robot-store-failed', severity: 'error', detail: error instanceof Error ? error.message : String(error) } };
    }
    const sealed: Sealed = { id: view.id, kind: view.kind, scope: view.scope, appid: input.appid, maskedUrl: view.maskedUrl, hasSecret: view.hasSecret, ciphertext, backend: this.vault.backend, savedAt: this.now().toISOString() };
    this.store.set('robots', [...this.sealed(), sealed]);
    return { ok: true, robot: view };
  }

  remove(id: string): NotifyConfig {
    this.sessionOnly.delete(id);
    this.store.set('robots', this.sealed().filter((robot) => robot.id !== id));
    return this.config();
  }

  /** One robot, decrypted, for sending. */
  open(id: string): OpenedRobot {
    const session = this.sessionOnly.get(id);
    if (session) return { ok: true, view: session.view, robot: this.told(session.robot) };
    const sealed = this.sealed().find((robot) => robot.id === id);
    if (!sealed) return { ok: false, problem: { code: 'notify.robot-unknown', severity: 'error' } };
    try {
      const plain = Plain.parse(JSON.parse(this.vault.decrypt(Buffer.from(sealed.ciphertext, 'base64'))));
      return { ok: true, view: viewOf(sealed), robot: this.told({ kind: sealed.kind, url: plain.url, ...(plain.secret ? { secret: plain.secret } : {}) }) };
    } catch (error) {
      const changed = sealed.backend !== this.vault.backend ? ` (backend was ${sealed.backend}, now ${this.vault.backend})` : '';
      this.logger.warn(`robot ${sealed.id} unreadable${changed}: ${error instanceof Error ? error.name : 'error'}`);
      return { ok: false, problem: { code: 'notify.robot-unreadable', severity: 'error' } };
    }
  }

  /** The robots that report on this appid: the app-wide ones and the appid's own. */
  forAppid(appid: string | null): RobotView[] {
    return this.config().robots.filter((robot) => robot.scope === 'app' || robot.appid === appid);
  }

  /** Every URL, token and secret held: what the diagnostics export removes wherever it appears. */
  heldSecrets(): string[] {
    return this.config().robots.flatMap((view) => {
      const opened = this.open(view.id);
      if (!opened.ok) return [];
      const token = webhookToken(opened.robot.kind, opened.robot.url);
      return [opened.robot.url, ...(token ? [token] : []), ...(opened.robot.secret ? [opened.robot.secret] : [])];
    });
  }

  private told(robot: StoredRobot): StoredRobot {
    rememberSecret(robot.url);
    const token = webhookToken(robot.kind, robot.url);
    if (token) rememberSecret(token);
    if (robot.secret) rememberSecret(robot.secret);
    return robot;
  }

  private sealed(): Sealed[] {
    const raw = this.store.get('robots');
    return (Array.isArray(raw) ? raw : []).flatMap((entry) => {
      const parsed = Sealed.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  }
}

function viewOf(sealed: Sealed): RobotView {
  const scope: RobotScope = sealed.scope === 'appid' && sealed.appid ? { scope: 'appid', appid: sealed.appid } : { scope: 'app' };
  return { id: sealed.id, kind: sealed.kind, maskedUrl: sealed.maskedUrl, hasSecret: sealed.hasSecret, sessionOnly: false, ...scope };
}
