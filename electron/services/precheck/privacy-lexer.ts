import { isIdentPart } from '../domains/js-chars';
import { ScriptLexer } from '../domains/script-lexer';
import { createSink } from '../domains/sites';
import { PRIVACY_API_CATEGORY, PRIVACY_SCOPE_CATEGORY } from './privacy-apis';

// The domain scan's lexer, reused: it already knows where code is and where comments, strings,
// template chunks and regex literals are, and hands every identifier of the code to `identifier`.
// This subclass notes the identifiers that name a privacy API of the wx object (`wx.getLocation`,
// also `wx?.getLocation`, `wx .getLocation`, a reference passed on as `promisify(wx.chooseImage)`),
// and, from the same pass's comment ranges, the authorize scopes written as string literals
// (`scope: 'scope.userLocation'`). The domain scan's own results are thrown away; its behaviour is
// untouched.

/** The API objects whose methods are WeChat's (uni and Taro forward to wx in a WeChat build, as for the domain scan). */
const API_OBJECTS = new Set(['wx', 'uni', 'Taro']);

export interface PrivacyHit {
  /** The method (`getLocation`) or scope (`scope.record`). */
  name: string;
  /** As shown for evidence: `wx.getLocation`, `'scope.record'`. */
  api: string;
  offset: number;
}

/** The object before `.name` at `start` (`wx` in `wx.getLocation`, `wx?.getLocation`), or null. */
export function objectBefore(text: string, start: number): string | null {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  if (text.charCodeAt(i) !== 46 /* . */) return null;
  i--;
  if (text.charCodeAt(i) === 63 /* ? */) i--;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  const end = i + 1;
  while (i >= 0 && isIdentPart(text.charCodeAt(i))) i--;
  const objectStart = i + 1;
  if (objectStart === end) return null;
  // `this.wx.getLocation` or `my.wx.getLocation` is some other object's property.
  let before = i;
  while (before >= 0 && text.charCodeAt(before) <= 32) before--;
  if (before >= 0 && text.charCodeAt(before) === 46) return null;
  return text.slice(objectStart, end);
}

class PrivacyLexer extends ScriptLexer {
  readonly hits: PrivacyHit[] = [];

  protected override identifier(start: number, end: number): void {
    const name = this.text.slice(start, end);
    if (PRIVACY_API_CATEGORY.has(name)) {
      const object = objectBefore(this.text, start);
      if (object !== null && API_OBJECTS.has(object)) this.hits.push({ name, api: `${object}.${name}`, offset: start });
    }
    super.identifier(start, end);
  }
}

const SCOPE_LITERAL = /(['"`])(scope\.[A-Za-z]+)\1/g;

/** Privacy API uses in script text (JS, TS, WXS), in the order found. */
export function findPrivacyCalls(text: string): PrivacyHit[] {
  const comments: number[] = [];
  const lexer = new PrivacyLexer(text, createSink(), 0, text.length, comments);
  lexer.run();
  const hits = [...lexer.hits];
  if (text.includes('scope.')) {
    for (const match of text.matchAll(SCOPE_LITERAL)) {
      const scope = match[2]!;
      if (PRIVACY_SCOPE_CATEGORY.has(scope) && !insideRanges(comments, match.index)) hits.push({ name: scope, api: `'${scope}'`, offset: match.index });
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/** Whether offset falls inside one of the [start, end) pairs (flat, in order). */
function insideRanges(flat: readonly number[], offset: number): boolean {
  for (let i = 0; i < flat.length; i += 2) {
    if (offset >= flat[i]! && offset < flat[i + 1]!) return true;
  }
  return false;
}
