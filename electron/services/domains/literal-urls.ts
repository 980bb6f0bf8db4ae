// Finds URLs in string literals and template chunks and reports them, with the place they sit in,
// to the sink. Most literals hold no URL: one comparison with the next "://" skips them.

import { findUrls } from '../../../shared/domain-rules';
import type { SiteContext } from './call-context';
import { stringEnd } from './js-chars';
import { opensCssUrl, type ScanSink } from './sites';

/** What the code around a literal says: asked only for literals that hold a URL. */
export interface LiteralContext {
  /** Bits fixed by the place (the url key of wx.request…), 0 when none. */
  placeBits(): number;
  siteContext(): SiteContext;
}

/**
 * A quoted string, the text of a template literal up to its first `${`, or a later chunk of one.
 * A URL at the very start of the first two is the literal's value; in a later chunk it follows
 * an expression (`${label}: https://…`), so it is words, not a value.
 */
export type LiteralKind = 'string' | 'template-head' | 'template-tail';

const INCOMPLETE_URL_TAIL = /(?:https?|wss?):(?:\/\/|\\\/\\\/)[^/?#\\\s'"`]*$/i;

export class LiteralUrls {
  /** Next "://" and ":\/\/" at or after the current literal; `to` when there is none. */
  private nextPlain: number;
  private nextEscaped: number;
  readonly firstSeparator: number;

  constructor(
    private readonly text: string,
    private readonly sink: ScanSink,
    from: number,
    private readonly to: number,
  ) {
    this.nextPlain = this.search('://', from);
    this.nextEscaped = this.search(':\\/\\/', from);
    this.firstSeparator = Math.min(this.nextPlain, this.nextEscaped);
  }

  private search(needle: string, from: number): number {
    const at = this.text.indexOf(needle, from);
    return at === -1 || at >= this.to ? this.to : at;
  }

  /** A string or template chunk text[start, end); `after` is just past its closing quote. */
  literal(start: number, end: number, after: number, kind: LiteralKind, context: LiteralContext): void {
    if (this.nextPlain < start) this.nextPlain = this.search('://', start);
    if (this.nextEscaped < start) this.nextEscaped = this.search(':\\/\\/', start);
    if (this.nextPlain >= end && this.nextEscaped >= end) return;
    const text = this.text;
    let source = text;
    let from = start;
    let to = end;
    let shift = 0;
    // 'https://' + 'api.shop.com': fold a following plain string when the URL runs to the end.
    if (kind === 'string' && INCOMPLETE_URL_TAIL.test(text.slice(Math.max(start, end - 300), end))) {
      const joined = foldConcatenation(text, start, end, after, this.to);
      if (joined !== null) {
        source = joined;
        from = 0;
        to = joined.length;
        shift = start;
      }
    }
    const urls = findUrls(source, from, to);
    if (urls.length === 0) return;
    const bits = context.placeBits();
    const around = context.siteContext();
    for (const url of urls) {
      const offset = url.start + shift;
      this.sink.sites.push({
        url: { ...url, start: offset },
        offset,
        direct: bits,
        whole: url.start === from && kind !== 'template-tail',
        names: around.names,
        bindKind: around.bindKind,
        scope: around.scope,
        call: around.call,
        foreign: around.foreign,
        cssUrl: opensCssUrl(source, url.start, from),
      });
    }
  }
}

/**
 * `'https://' + 'api.shop.com' + '/v1'`: the literals joined, when plain strings follow with `+`.
 * Returns the joined contents (the first one's content first), or null when nothing follows.
 */
function foldConcatenation(text: string, start: number, end: number, after: number, to: number): string | null {
  let joined = text.slice(start, end);
  let j = after;
  let folded = false;
  for (let n = 0; n < 8; n++) {
    let k = j;
    while (k < to && text.charCodeAt(k) <= 32) k++;
    if (text.charCodeAt(k) !== 43 /* + */) break;
    k++;
    while (k < to && text.charCodeAt(k) <= 32) k++;
    const quote = text.charCodeAt(k);
    if (quote !== 34 && quote !== 39) break;
    const next = stringEnd(text, k, to);
    joined += text.slice(k + 1, next.contentEnd);
    folded = true;
    j = next.next;
  }
  return folded ? joined : null;
}
