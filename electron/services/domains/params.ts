// Reads a function's parameter list (the text between its parentheses) into the names it binds:
// `function request(url, { method = 'GET', data } = {})` binds url (argument 0) and method, data
// (properties of argument 1). Parsed once per function, when a name inside it is first looked up.

import { isIdentPart, isIdentStart, stringEnd } from './js-chars';

export interface ParamRef {
  /** Which parameter, from 0. */
  index: number;
  /** '' for the parameter itself; the property for a destructured one (`{ url }` → url). */
  prop: string;
}

export interface ParamBinding extends ParamRef {
  name: string;
}

/** Every name bound by the parameter list text[start, end), in order. */
export function listParams(text: string, start: number, end: number): ParamBinding[] {
  const found: ParamBinding[] = [];
  let index = 0;
  let segment = start;
  let depth = 0;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 44 : text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 96) {
      i = stringEnd(text, i, end).next - 1;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 0) {
      paramBindings(text, segment, i, index, found);
      index++;
      segment = i + 1;
    }
  }
  return found;
}

/** Where `name` is bound in the parameter list text[start, end), or null. */
export function findParam(text: string, start: number, end: number, name: string): ParamRef | null {
  const binding = listParams(text, start, end).find((param) => param.name === name);
  return binding ? { index: binding.index, prop: binding.prop } : null;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) <= 32) i++;
  return i;
}

function identAt(text: string, i: number, end: number): number {
  if (i >= end || !isIdentStart(text.charCodeAt(i))) return i;
  let j = i + 1;
  while (j < end && isIdentPart(text.charCodeAt(j))) j++;
  return j;
}

/** The names the parameter text[start, end) binds: itself, or the keys of a `{ … }` pattern. */
function paramBindings(text: string, start: number, end: number, index: number, found: ParamBinding[]): void {
  let i = skipSpace(text, start, end);
  if (text.startsWith('...', i)) i = skipSpace(text, i + 3, end);
  if (text.charCodeAt(i) === 123 /* { */) {
    patternBindings(text, i + 1, end, index, found);
    return;
  }
  const identEnd = identAt(text, i, end);
  if (identEnd > i) found.push({ name: text.slice(i, identEnd), index, prop: '' });
}

/** `{ url, method: m = 'GET' }`: each key and the name it binds, reading only the top level of the pattern. */
function patternBindings(text: string, i: number, end: number, index: number, found: ParamBinding[]): void {
  while (i < end) {
    i = skipSpace(text, i, end);
    const keyEnd = identAt(text, i, end);
    if (keyEnd === i) return;
    const key = text.slice(i, keyEnd);
    i = skipSpace(text, keyEnd, end);
    let bound = key;
    if (text.charCodeAt(i) === 58 /* : */) {
      i = skipSpace(text, i + 1, end);
      const aliasEnd = identAt(text, i, end);
      bound = text.slice(i, aliasEnd);
      i = aliasEnd;
    }
    if (bound) found.push({ name: bound, index, prop: key });
    // Skip a default value up to the next comma of this level.
    let depth = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 34 || c === 39 || c === 96) {
        i = stringEnd(text, i, end).next;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) return;
        depth--;
      } else if (c === 44 && depth === 0) break;
      i++;
    }
    i++;
  }
}
