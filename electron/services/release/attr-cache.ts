import crypto from 'node:crypto';

// An upload or preview starts with a signed getattr (project.attr(): getrandstr, then getattr: two
// round trips to servicewechat.com) for attributes the connection check fetched moments before
// with the same key. The check's answer is kept here, in the main process only, and handed to the
// next upload or preview of that appid, which then signs only its own upload.
//
// Lifetime: 5 minutes, the time from the whitelist or pre-upload check to 上传 in one sitting. The
// attributes change only when the account changes in the admin console (plugin or game type,
// 服务商代开发); a longer-lived copy could miss such a change, a missed copy costs one getattr.
// Keyed by appid and the key's hash: a key imported since never uses attributes another key got.
// Forgotten when any job of that appid fails: the next job asks WeChat again.

export const ATTR_LIFETIME_MS = 5 * 60_000;

export type ProjectAttr = Record<string, unknown>;

interface Entry {
  keyHash: string;
  attr: ProjectAttr;
  at: number;
}

const hashOf = (pem: string) => crypto.createHash('sha256').update(pem).digest('hex');

export class AttrCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  get(appid: string, pem: string): ProjectAttr | undefined {
    const entry = this.entries.get(appid);
    if (!entry) return undefined;
    if (entry.keyHash !== hashOf(pem) || this.now() - entry.at > ATTR_LIFETIME_MS) {
      this.entries.delete(appid);
      return undefined;
    }
    return entry.attr;
  }

  set(appid: string, pem: string, attr: ProjectAttr): void {
    this.entries.set(appid, { keyHash: hashOf(pem), attr, at: this.now() });
  }

  forget(appid: string): void {
    this.entries.delete(appid);
  }
}
