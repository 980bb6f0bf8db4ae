import type { WhitelistType } from '../../../shared/domains';
import type { FoundUrl } from '../../../shared/domain-rules';

/** One bit per whitelist type, so a name used in several places carries several types cheaply. */
export const TYPE_BIT: Record<WhitelistType, number> = {
  request: 1,
  socket: 2,
  uploadFile: 4,
  downloadFile: 8,
  webview: 16,
};

const BIT_ORDER: readonly WhitelistType[] = ['request', 'socket', 'uploadFile', 'downloadFile', 'webview'];

export function typesOfBits(bits: number): WhitelistType[] {
  return BIT_ORDER.filter((type) => (bits & TYPE_BIT[type]) !== 0);
}

/**
 * A URL found in code or markup, with what the scanner saw around it. The type is decided later
 * (classify.ts), once every file has been read: a name bound to a URL in config.js is typed by
 * where other files use that name.
 */
export interface UrlSite {
  url: FoundUrl;
  /** Offset of the URL in the file's text (for the line number). */
  offset: number;
  /** Type bits fixed by the place itself: the url of wx.request, <image src>, <web-view src>… 0 when none. */
  direct: number;
  /** Names the value is bound to, innermost first: object keys, assigned variables, markup attributes. */
  names: string[];
  /** The function the string is passed to, when it is an ordinary call: "get" for http.get('https://…'). */
  callee: string | null;
  /** The URL sits inside url(…) (a CSS background). */
  cssUrl: boolean;
  /** Found by the cheap pass over a large file: no context at all. */
  cheap?: boolean;
}

/** What scanning one file collects; `usages` is shared by all files of a scan. */
export interface ScanSink {
  sites: UrlSite[];
  /** Name → type bits, for every identifier used in a typed place (`url: BASE + '/x'` in wx.request). */
  usages: Map<string, number>;
}

export function createSink(usages: Map<string, number> = new Map()): ScanSink {
  return { sites: [], usages };
}

export function addUsage(sink: ScanSink, name: string, bits: number): void {
  sink.usages.set(name, (sink.usages.get(name) ?? 0) | bits);
}

/** Whether the text just before a URL opens a CSS url(: "url(", "url('", "url( \"". */
export function opensCssUrl(text: string, urlStart: number, from: number): boolean {
  let i = urlStart - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39)) i--;
  if (i < from || text.charCodeAt(i) !== 40 /* ( */) return false;
  const start = i - 3;
  return start >= from && text.slice(start, i).toLowerCase() === 'url';
}
