// Short looks around a token that the bracket tracker needs now and then: a generator's `*`, a
// TypeScript return type, type arguments before a call. Each is bounded, so a scan stays linear.

import { isIdentPart, isIdentStart } from './js-chars';

/** Whether only white space and `*` (generators) lie in text[from, to). */
export function onlyStarBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 42) return false;
  }
  return true;
}

/** Whether text[from, to) is a TypeScript return type (`: Promise<T>`), between a parameter list and `{` or `=>`. */
export function returnTypeBetween(text: string, from: number, to: number): boolean {
  if (to - from > 200) return false;
  let i = from;
  while (i < to && text.charCodeAt(i) <= 32) i++;
  if (text.charCodeAt(i) !== 58 /* : */) return false;
  for (i++; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 123 || c === 125 || c === 40 || c === 41 || c === 61 || c === 44) return false;
  }
  return true;
}

/**
 * The identifier before `<…>(` when the `(` at `paren` follows type arguments, as [start, end];
 * null otherwise (also for `=>(` and for comparisons the look-back cannot pair up).
 */
export function genericCallee(text: string, paren: number, from: number): [number, number] | null {
  let j = paren - 1;
  while (j >= from && text.charCodeAt(j) <= 32) j--;
  if (text.charCodeAt(j) !== 62 /* > */ || text.charCodeAt(j - 1) === 61 /* = */) return null;
  let depth = 0;
  const limit = Math.max(from, j - 200);
  for (; j >= limit; j--) {
    const c = text.charCodeAt(j);
    if (c === 62) depth++;
    else if (c === 60 && --depth === 0) break;
    else if (c === 59 || c === 123 || c === 125 || c === 40 || c === 41) return null; // ; { } ( ) cannot be inside type arguments here
  }
  if (depth !== 0 || j < limit) return null;
  let end = j;
  while (end > from && text.charCodeAt(end - 1) <= 32) end--;
  let start = end;
  while (start > from && isIdentPart(text.charCodeAt(start - 1))) start--;
  return start < end && isIdentStart(text.charCodeAt(start)) ? [start, end] : null;
}
