// A one-pass lexer for JS, TS, WXS and JSON that skips comments and regex literals, reads
// strings and template literals, and keeps just enough structure (a stack of brackets with the
// call, key or variable each one belongs to) to say what a URL in a string is for.
// No tokens are allocated: positions are kept and sliced only around URLs, known calls and the
// names that carry values into calls, so a file costs about one pass of charCodeAt.

import { ScriptLexer } from './script-lexer';
import type { ScanSink } from './sites';

/**
 * Scans text[from, to) as script. URLs in strings and template literals go to sink.sites; how
 * names and parameters flow into known wx calls goes to sink.shared. Every file is read, also
 * one without any URL: `export const LOGIN = BASE + '/login'` or `get(url) { return request(url) }`
 * carry another file's URL to a call. When `comments` is given, the [start, end) offsets of every
 * comment are appended to it.
 */
export function scanScript(text: string, sink: ScanSink, from = 0, to = text.length, comments?: number[]): void {
  new ScriptLexer(text, sink, from, to, comments ?? null).run();
}
