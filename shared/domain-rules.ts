// The pure rules of the server-domain whitelist (WECHAT-FACTS.md, "Whitelists"): finding URLs in
// a piece of text, which hosts need no entry, which break the rules, and the copy-ready lists.
// No Node, no DOM: the whitelist step in the renderer may use these too.

import { WHITELIST_LABELS, type DomainHost, type DomainScanResult, type WhitelistType } from './domains';

export type UrlScheme = 'http' | 'https' | 'ws' | 'wss';

/** One URL found in a piece of text. Offsets index the text given to findUrls. */
export interface FoundUrl {
  /** Offset of the scheme's first letter. */
  start: number;
  scheme: UrlScheme;
  /** Lower case; IPv6 hosts keep their brackets. '' when the URL has no host ("https://" + x). */
  host: string;
  /** The port as written ("8080"), '' when none. */
  port: string;
  /** The URL as written, escaped slashes undone, at most 300 characters. */
  url: string;
}

const MAX_URL_CHARS = 300;

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
}

/** Characters that end the host part of a URL in code, markup or JSON. */
function endsAuthority(code: number): boolean {
  switch (code) {
    case 47: // /
    case 63: // ?
    case 35: // #
    case 92: // \
    case 34: // "
    case 39: // '
    case 96: // `
    case 60: // <
    case 62: // >
    case 40: // (
    case 41: // )
    case 44: // ,
    case 59: // ;
    case 123: // {
    case 125: // }
    case 36: // $
    case 124: // |
    case 32: // space
    case 9:
    case 10:
    case 13:
      return true;
    default:
      return false;
  }
}

/** Characters that end a whole URL (the evidence text). */
function endsUrl(code: number): boolean {
  switch (code) {
    case 34:
    case 39:
    case 96:
    case 60:
    case 62:
    case 123:
    case 125:
    case 32:
    case 9:
    case 10:
    case 13:
    case 41: // ) closes url(...) in styles
    case 59:
      return true;
    default:
      return false;
  }
}

function schemeEndingAt(text: string, colon: number, from: number): { scheme: UrlScheme; start: number } | null {
  for (const scheme of ['https', 'http', 'wss', 'ws'] as const) {
    const start = colon - scheme.length;
    if (start < from) continue;
    if (text.slice(start, colon).toLowerCase() !== scheme) continue;
    if (start > from && isWordChar(text.charCodeAt(start - 1))) continue;
    return { scheme, start };
  }
  return null;
}

/**
 * Every http(s) / ws(s) URL in text[from, to). Handles `https:\/\/` (escaped slashes in JSON
 * inside JS). Linear: one indexOf walk per separator, a bounded look-back for the scheme.
 */
export function findUrls(text: string, from = 0, to = text.length): FoundUrl[] {
  if (from > 0 || to < text.length) {
    // indexOf cannot stop at `to`: search the slice (cheap, it shares the text), then shift back.
    const found = findUrls(text.slice(from, to));
    for (const url of found) url.start += from;
    return found;
  }
  const found: FoundUrl[] = [];
  let plain = text.indexOf('://', from);
  let escaped = text.indexOf(':\\/\\/', from);
  while ((plain !== -1 && plain < to) || (escaped !== -1 && escaped < to)) {
    const usePlain = plain !== -1 && plain < to && (escaped === -1 || escaped >= to || plain < escaped);
    const colon = usePlain ? plain : escaped;
    const afterSep = colon + (usePlain ? 3 : 5);
    if (usePlain) plain = text.indexOf('://', colon + 1);
    else escaped = text.indexOf(':\\/\\/', colon + 1);

    const head = schemeEndingAt(text, colon, from);
    if (!head) continue;
    let authorityEnd = afterSep;
    if (text.charCodeAt(afterSep) === 91 /* [ */) {
      const close = text.indexOf(']', afterSep);
      authorityEnd = close === -1 || close >= to ? afterSep : close + 1;
    }
    while (authorityEnd < to && !endsAuthority(text.charCodeAt(authorityEnd))) authorityEnd++;
    let urlEnd = authorityEnd;
    const urlLimit = Math.min(to, head.start + MAX_URL_CHARS * 2);
    while (urlEnd < urlLimit && !endsUrl(text.charCodeAt(urlEnd))) {
      // "${" starts an interpolation: the URL as written stops there ("{{" already stops at "{").
      if (text.charCodeAt(urlEnd) === 36 && text.charCodeAt(urlEnd + 1) === 123) break;
      urlEnd++;
    }
    const { host, port } = splitAuthority(text.slice(afterSep, authorityEnd));
    const url = text.slice(head.start, urlEnd).replace(/\\\//g, '/').slice(0, MAX_URL_CHARS);
    found.push({ start: head.start, scheme: head.scheme, host, port, url });
  }
  return found;
}

function splitAuthority(authority: string): { host: string; port: string } {
  const at = authority.lastIndexOf('@');
  const hostPort = (at === -1 ? authority : authority.slice(at + 1)).toLowerCase();
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close === -1) return { host: '', port: '' };
    const rest = hostPort.slice(close + 1);
    return { host: hostPort.slice(0, close + 1), port: rest.startsWith(':') ? rest.slice(1) : '' };
  }
  const colon = hostPort.indexOf(':');
  if (colon === -1) return { host: hostPort, port: '' };
  const port = hostPort.slice(colon + 1);
  // "https://a.com:" + port, or a non-number: the host is not known for sure.
  if (!/^\d{1,5}$/.test(port)) return { host: '', port: '' };
  return { host: hostPort.slice(0, colon), port };
}

export type HostKind = 'domain' | 'ip' | 'localhost' | 'invalid';

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const LABEL = /^[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?$/;
const TLD = /^(?:[a-z\u00a1-\uffff]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** What a host is. Loopback addresses count as localhost: the fix is the same ("your own computer"). */
export function hostKind(host: string): HostKind {
  if (host === '') return 'invalid';
  if (host === 'localhost' || host.endsWith('.localhost')) return 'localhost';
  if (host.startsWith('[')) return host === '[::1]' ? 'localhost' : 'ip';
  if (IPV4.test(host)) return host.startsWith('127.') || host === '0.0.0.0' ? 'localhost' : 'ip';
  const labels = host.split('.');
  if (labels.length < 2) return 'invalid';
  if (!labels.every((label) => LABEL.test(label))) return 'invalid';
  return TLD.test(labels[labels.length - 1]!) ? 'domain' : 'invalid';
}

function isSameOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** api.weixin.qq.com and its regional twins (sh., sz., hk.api.weixin.qq.com) must not be called from the client. */
export function isApiWeixin(host: string): boolean {
  return isSameOrSubdomain(host, 'api.weixin.qq.com');
}

/**
 * WeChat's own hosts, which never go into a list: the platform serves or proxies them itself.
 * (*.weixin.qq.com except api.weixin.qq.com, *.wx.qq.com, servicewechat.com, and the avatar /
 * article-image CDNs *.qlogo.cn and *.qpic.cn.) Other *.qq.com hosts are ordinary services that
 * do need an entry, e.g. apis.map.qq.com for Tencent Maps.
 */
export const WECHAT_OWN_DOMAINS = ['weixin.qq.com', 'wx.qq.com', 'servicewechat.com', 'qlogo.cn', 'qpic.cn'] as const;

/**
 * Documentation, licence and XML-namespace hosts: a URL to them in a string is a link for people
 * (or a namespace), not a host the code calls. Exact hosts only: api.github.com, say, is a real API.
 */
export const DOCUMENTATION_HOSTS: ReadonlySet<string> = new Set([
  'github.com',
  'www.github.com',
  'gist.github.com',
  'npmjs.com',
  'www.npmjs.com',
  'npmjs.org',
  'www.npmjs.org',
  'developer.mozilla.org',
  'stackoverflow.com',
  'w3.org',
  'www.w3.org',
  'json-schema.org',
  'schema.org',
  'tc39.es',
  'opensource.org',
  'www.apache.org',
  'apache.org',
  'creativecommons.org',
  'spdx.org',
  'nodejs.org',
  'reactjs.org',
  'react.dev',
  'fb.me',
  'vuejs.org',
  'cn.vuejs.org',
  'www.typescriptlang.org',
  'typescriptlang.org',
  'www.ecma-international.org',
  'ecma-international.org',
  'feross.org',
  'lodash.com',
  'underscorejs.org',
  'momentjs.com',
  'mathiasbynens.be',
]);

/** Placeholder hosts of samples and docs ("https://xxx.com", "example.com", ".test"). */
function isPlaceholder(host: string): boolean {
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  if (tld === 'test' || tld === 'example' || tld === 'invalid') return true;
  if (labels.some((label) => /^x{3,}$/.test(label) || label === 'example' || label === 'yourdomain' || label === 'your-domain')) return true;
  return host === 'domain.com' || host === 'your.domain.com';
}

export type IgnoredReason = 'wechat' | 'docs' | 'placeholder';

/** Why a host needs no entry, or null when it might. api.weixin.qq.com is never ignored: it is a rule break. */
export function ignoredHost(host: string): IgnoredReason | null {
  if (isApiWeixin(host)) return null;
  if (WECHAT_OWN_DOMAINS.some((domain) => isSameOrSubdomain(host, domain))) return 'wechat';
  if (DOCUMENTATION_HOSTS.has(host)) return 'docs';
  if (isPlaceholder(host)) return 'placeholder';
  return null;
}

export const DOMAIN_RULE_CODES = [
  'domain.api-weixin',
  'domain.localhost',
  'domain.ip-address',
  'domain.http-not-allowed',
  'domain.ws-not-allowed',
  'domain.port',
] as const;

export type DomainRuleCode = (typeof DOMAIN_RULE_CODES)[number];

/**
 * The one rule a use of a URL breaks, most decisive first: a URL like http://localhost:3000 gets
 * domain.localhost only, since fixing that also fixes the scheme and the port.
 */
export function ruleBroken(url: Pick<FoundUrl, 'scheme' | 'host' | 'port'>, type: WhitelistType): DomainRuleCode | null {
  if (isApiWeixin(url.host)) return 'domain.api-weixin';
  const kind = hostKind(url.host);
  if (kind === 'localhost') return 'domain.localhost';
  if (kind === 'ip') return 'domain.ip-address';
  if (type === 'socket' ? url.scheme !== 'wss' : url.scheme !== 'https') {
    return url.scheme === 'ws' || type === 'socket' ? 'domain.ws-not-allowed' : 'domain.http-not-allowed';
  }
  if (url.port !== '') return 'domain.port';
  return null;
}

/** Rules that keep a host out of the copy list whatever the scheme: it can never be entered. */
export function hostNeverAllowed(host: string): boolean {
  const kind = hostKind(host);
  return isApiWeixin(host) || kind === 'ip' || kind === 'localhost';
}

/** The list entry a use of a URL needs: scheme from the type, host, and the port when one is written. */
export function entryOrigin(type: WhitelistType, host: string, port: string): string {
  return `${type === 'socket' ? 'wss' : 'https'}://${host}${port ? `:${port}` : ''}`;
}

/**
 * Domain findings never block a release: the scan reads code by rules of thumb, the operator
 * cannot change the code, and an upload to 开发版 / 体验版 works whatever the code calls. They are
 * warnings for a developer to act on, shown the same way in the app and the CLI.
 */
export const DOMAIN_FINDING_SEVERITY = 'warning' as const;

export function whitelistLabel(type: WhitelistType): string {
  return WHITELIST_LABELS[type];
}

/**
 * The `;`-separated text to paste into one list of 开发设置: every entry of the type that can be
 * entered, deduplicated and sorted. '' when there is none.
 */
export function copyList(result: Pick<DomainScanResult, 'byType'>, type: WhitelistType): string {
  return joinEntries(result.byType[type]);
}

/**
 * The `;`-separated image and media hosts, for the downloadFile list if images fail to load on a
 * phone (whether they need it is not settled). '' when there is none.
 */
export function imageCopyList(result: Pick<DomainScanResult, 'images'>): string {
  return joinEntries(result.images);
}

function joinEntries(entries: readonly DomainHost[]): string {
  const origins = new Set(entries.filter((entry) => entry.inCopyList).map((entry) => entry.origin));
  return [...origins].sort().join(';');
}
