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

/** The bits of the five lists: a use proven by a wx call or a <web-view>. */
export const CALL_BITS = 31;
/** Loaded as an image or other media (<image src>, wx.previewImage…): not a server call. */
export const MEDIA_BIT = 32;
/**
 * Handed to navigation (wx.navigateTo's url, <navigator url>): a page path that may carry a URL for
 * a web-view page. Becomes webview when the project has a <web-view> whose src is bound at run time.
 */
export const NAV_BIT = 64;

const BIT_ORDER: readonly WhitelistType[] = ['request', 'socket', 'uploadFile', 'downloadFile', 'webview'];

export function typesOfBits(bits: number): WhitelistType[] {
  return BIT_ORDER.filter((type) => (bits & TYPE_BIT[type]) !== 0);
}

/** How the innermost name got its value: `const x =`, `{ x: … }`, `a.x =`, `return` in function x. */
export type BindKind = 'var' | 'key' | 'prop' | 'return';

/**
 * A URL found in code or markup, with what the scanner saw around it. Whether the code calls it is
 * decided later (classify.ts), once every file has been read: a name bound to a URL in config.js
 * is proven by where other files use that name.
 */
export interface UrlSite {
  url: FoundUrl;
  /** Offset of the URL in the file's text (for the line number). */
  offset: number;
  /** Bits fixed by the place itself: the url of wx.request, <image src>, <web-view src>… 0 when none. */
  direct: number;
  /** The URL starts its string (or attribute value): a value, not a link inside words. */
  whole: boolean;
  /** Names the value is bound to, innermost first, up to the enclosing call or function. */
  names: string[];
  /** How the innermost name was bound; null without names. */
  bindKind: BindKind | null;
  /** For a `var` binding: the offset of the bracket it was declared in (-1 at the top level). */
  scope: number;
  /** The ordinary call whose argument holds the URL, as a parameter slot (slots.ts); null when none. */
  call: string | null;
  /** The URL sits in an argument of another platform's API or of a wx call that reaches nothing (tt.uploadFile, wx.showModal). */
  foreign: boolean;
  /** The URL sits inside url(…) (a CSS background). */
  cssUrl: boolean;
  /** Found by the cheap pass over a large file: no context at all. */
  cheap?: boolean;
}

/** A use of a mangled (one- or two-letter) name: valid only inside the brackets that enclose it. */
export interface ShortUse {
  bits: number;
  /** Offsets of every bracket open around the use (-1 for the top level). */
  scopes: number[];
}

/** What every file of one scan adds to: how names and parameters flow into wx calls. */
export interface ScanShared {
  /** Slot → bits of the wx calls (or markup) it is used in. */
  uses: Map<string, number>;
  /** Slot → slots its value flows into (`login: BASE + '/login'`: BASE flows into login). */
  flows: Map<string, Set<string>>;
  /** "file\0name" → uses of a mangled name in that file. */
  shortUses: Map<string, ShortUse[]>;
  /** Some <web-view src="{{…}}"> takes its page at run time (a shared web-view page). */
  dynamicWebView: boolean;
}

/** What scanning one file collects. */
export interface ScanSink {
  sites: UrlSite[];
  shared: ScanShared;
  /** Relative path of the file, forward slashes. */
  file: string;
  /** The path without its extension: a page's .js, .wxml and .wxs share it. */
  stem: string;
}

export function createShared(): ScanShared {
  return { uses: new Map(), flows: new Map(), shortUses: new Map(), dynamicWebView: false };
}

export function stemOf(file: string): string {
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  return dot > slash + 1 ? file.slice(0, dot) : file;
}

export function createSink(shared: ScanShared = createShared(), file = 'x.js'): ScanSink {
  return { sites: [], shared, file, stem: stemOf(file) };
}

export function addUse(shared: ScanShared, slot: string, bits: number): void {
  shared.uses.set(slot, (shared.uses.get(slot) ?? 0) | bits);
}

export function addFlow(shared: ScanShared, from: string, to: string): void {
  if (from === to) return;
  let targets = shared.flows.get(from);
  if (!targets) {
    targets = new Set();
    shared.flows.set(from, targets);
  }
  targets.add(to);
}

export function addShortUse(sink: ScanSink, name: string, bits: number, scopes: number[]): void {
  const key = `${sink.file}\u0000${name}`;
  let list = sink.shared.shortUses.get(key);
  if (!list) {
    list = [];
    sink.shared.shortUses.set(key, list);
  }
  list.push({ bits, scopes });
}

/** Whether the text just before a URL opens a CSS url(: "url(", "url('", "url( \"". */
export function opensCssUrl(text: string, urlStart: number, from: number): boolean {
  let i = urlStart - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39)) i--;
  if (i < from || text.charCodeAt(i) !== 40 /* ( */) return false;
  const start = i - 3;
  return start >= from && text.slice(start, i).toLowerCase() === 'url';
}
