// Character classes of JS source, and where strings, template chunks and regex literals end.

export const OPEN_PAREN = 40;
export const OPEN_BRACKET = 91;
export const OPEN_BRACE = 123;
export const TEMPLATE = 96;

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
}

export function isIdentPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c > 127;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of the string starting at text[i] (a quote), just past the closing quote; a newline ends an unclosed one. */
export function stringEnd(text: string, i: number, to: number): { contentEnd: number; next: number } {
  const quote = text.charCodeAt(i);
  let j = i + 1;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === quote) return { contentEnd: j, next: j + 1 };
    if (c === 92 /* \ */) {
      j += 2;
      continue;
    }
    if (c === 10 || c === 13) return { contentEnd: j, next: j };
    j++;
  }
  return { contentEnd: to, next: to };
}

/** End of a template chunk starting at j: at the closing backtick or at `${`. */
export function templateChunkEnd(text: string, j: number, to: number): { end: number; expr: boolean } {
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === 92) {
      j += 2;
      continue;
    }
    if (c === TEMPLATE) return { end: j, expr: false };
    if (c === 36 && text.charCodeAt(j + 1) === OPEN_BRACE) return { end: j, expr: true };
    j++;
  }
  return { end: to, expr: false };
}

/** Just past a regex literal starting at text[i] ('/'), or -1 when it is not one (no closing slash on the line). */
export function regexEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  let inClass = false;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === 92) {
      j += 2;
      continue;
    }
    if (c === 10 || c === 13) return -1;
    if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) {
      j++;
      while (j < to && isIdentPart(text.charCodeAt(j))) j++;
      return j;
    }
    j++;
  }
  return -1;
}
