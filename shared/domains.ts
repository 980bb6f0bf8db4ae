// What the domain scan found in a project's code: the hosts each whitelist type needs
// (服务器域名 request / socket / uploadFile / downloadFile, and 业务域名 for web-view).
// Plain data only: the result crosses IPC to the whitelist step.

import type { Problem } from './model';

export const WHITELIST_TYPES = ['request', 'socket', 'uploadFile', 'downloadFile', 'webview'] as const;

export type WhitelistType = (typeof WHITELIST_TYPES)[number];

/** How the admin site (开发管理 → 开发设置) names each list; the same words in both languages. */
export const WHITELIST_LABELS: Record<WhitelistType, string> = {
  request: 'request合法域名',
  socket: 'socket合法域名',
  uploadFile: 'uploadFile合法域名',
  downloadFile: 'downloadFile合法域名',
  webview: '业务域名',
};

/** WeChat accepts at most this many entries in one list (WECHAT-FACTS.md). */
export const DOMAIN_LIMIT_PER_TYPE = 200;

/** One place in the code that reaches a host. */
export interface DomainEvidence {
  /** Relative to the project root, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** The URL as written (escapes like `\/` undone), at most 300 characters. */
  url: string;
}

/** One whitelist entry the code needs, with every place that needs it. */
export interface DomainHost {
  /** Lower case, without port: "api.shop.com". */
  host: string;
  /**
   * The entry as it goes into the list: `https://host` (`wss://host` for socket), with `:port` when
   * the code writes a port (WeChat then wants exactly that port in the list, even :443).
   */
  origin: string;
  /** Sorted by file, then line. */
  evidence: DomainEvidence[];
  /** Rule codes (domain.*) broken by some of the evidence; [] when every use is fine. */
  codes: string[];
  /**
   * False when the entry is left out of the copy-ready list: the host can never be entered
   * (an IP, localhost, api.weixin.qq.com), or the code only reaches it over http:// or ws://,
   * where adding the https / wss entry would not make those calls work.
   */
  inCopyList: boolean;
}

/**
 * What the scan found. Only `byType` holds hosts the code is shown to call; `images` and
 * `mentioned` are for the operator to know about, never proven calls.
 */
export interface DomainScanResult {
  /**
   * Per list, the hosts the code calls: a wx.request / uploadFile / downloadFile / connectSocket
   * argument, a <web-view src>, or a value that flows there (electron/services/domains/README.md).
   * Rule problems are only about these.
   */
  byType: Record<WhitelistType, DomainHost[]>;
  /**
   * Hosts of remote images and media (<image src>, a background, an image URL kept as data).
   * Whether they need the downloadFile list is not settled (sources disagree), so they have a list
   * of their own, offered as "add these if images fail to load". Origins are `https://host[:port]`;
   * hosts already in byType.downloadFile are left out. No rule problems.
   */
  images: DomainHost[];
  /**
   * Hosts only mentioned in code strings: in a message, in another platform's call (tt., my.), in
   * a value nothing is shown to use. Origins as written (`http://…` stays). Not in any copy list,
   * no rule problems; hosts listed above are left out.
   */
  mentioned: DomainHost[];
  /** Rule breaks (domain.*), and files that could not be read (project.unreadable). */
  problems: Problem[];
  filesScanned: number;
  bytesScanned: number;
  /**
   * Files over the full-scan size (2 MB) that only got the cheap pass: their URLs are listed as
   * mentioned, with no context to prove a call.
   */
  largeFiles: string[];
  durationMs: number;
}

/** The whitelist step's scan of an opened project, or why it could not run. */
export type ProjectDomainScan = { ok: true; appid: string; scan: DomainScanResult } | { ok: false; problem: Problem };
