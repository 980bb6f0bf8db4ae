import crypto from 'node:crypto';
import { redactSecrets } from '../logging/redact';

// What leaves the machine in a diagnostics zip is read by people outside the team: no key, no
// password, no webhook an outsider could post to, no session token, and no folder names that say
// whose machine or which client this is. Everything written into the zip goes through here.

export interface AnonymiseOptions {
  /** The operator's home folder: becomes `~`. */
  home: string;
  /** Project folders the app knows: each becomes its parent and a stable short hash. */
  projectRoots: readonly string[];
  /** Secrets with no shape of their own (a test account, a proxy password): removed wherever they appear. */
  secrets: readonly string[];
}

/** The same folder gives the same name in every export, so two zips of one operator can be compared. */
export function projectAlias(projectRoot: string): string {
  return `project-${crypto.createHash('sha256').update(projectRoot).digest('hex').slice(0, 8)}`;
}

// Hosts and paths that are webhooks whatever their query: 企业微信, Slack, 钉钉, 飞书 robots.
const WEBHOOK_PLACES = /(?:https?:\/\/)?(?:[\w.-]*\/cgi-bin\/webhook\/send|hooks\.slack\.com\/|oapi\.dingtalk\.com\/robot\/send|open\.feishu\.cn\/open-apis\/bot\/)[^\s"'<>`]*/gi;
const ANY_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;
// A query parameter whose value opens something: key=, token=, access_token=, webhook=, sign=, secret=, …
const SECRET_QUERY = /[?&#;][\w.-]*(?:key|token|webhook|secret|sign|signature|password|passwd|auth|ticket|session)[\w.-]*=/i;
// user:password@ (or a lone token@) in any URL, a proxy's above all.
const CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@"'<>`]+@/gi;

export const REMOVED_URL = '[removed url]';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A path as it may appear in a log: as is, and with the other kind of separator (Windows paths in JSON, too). */
function spellings(folder: string): string[] {
  const forward = folder.replace(/\\/g, '/');
  const back = folder.replace(/\//g, '\\');
  return [...new Set([folder, forward, back, back.replace(/\\/g, '\\\\')])];
}

export function createAnonymiser(options: AnonymiseOptions): (text: string) => string {
  const secrets = options.secrets.filter((secret) => secret.length >= 3);
  // Longest first: a project under home is replaced before home itself, a secret inside another goes whole.
  const folders = [
    ...options.projectRoots.filter(Boolean).flatMap((root) => {
      const parent = root.replace(/[\\/]+$/, '').replace(/[\\/][^\\/]*$/, '');
      const sep = root.includes('\\') && !root.includes('/') ? '\\' : '/';
      return spellings(root.replace(/[\\/]+$/, '')).map((spelling) => ({ from: spelling, to: `${parent}${sep}${projectAlias(root)}` }));
    }),
  ].sort((a, b) => b.from.length - a.from.length);
  const home = options.home.replace(/[\\/]+$/, '');
  const homeSpellings = home.length > 1 ? spellings(home).sort((a, b) => b.length - a.length) : [];
  const homePattern = homeSpellings.length ? new RegExp(`${homeSpellings.map(escapeRegExp).join('|')}(?=$|[\\\\/\\s"'\`:;,)\\]])`, 'g') : null;

  return (text) => {
    let out = text;
    // Paths first: a short secret (a proxy user) may also be part of a folder name.
    for (const { from, to } of folders) out = out.split(from).join(to);
    if (homePattern) out = out.replace(homePattern, '~');
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('[redacted]');
    out = out.replace(WEBHOOK_PLACES, REMOVED_URL);
    out = out.replace(ANY_URL, (url) => (SECRET_QUERY.test(url) ? REMOVED_URL : url));
    out = out.replace(CREDENTIALS, '$1[credentials]@');
    return redactSecrets(out);
  };
}
