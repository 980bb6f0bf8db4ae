// A one-pass lexer for JS, TS, WXS and JSON that skips comments and regex literals, reads
// strings and template literals, and keeps just enough structure (a stack of brackets with the
// call, key or variable each one belongs to) to say what a URL in a string is for.
// No tokens are allocated: positions are kept and sliced only around URLs and known calls,
// so files without "://" cost one indexOf, and the rest about one pass of charCodeAt.

import { ScriptLexer } from './script-lexer';
import type { ScanSink } from './sites';
import { mayCallApi } from './wx-api-calls';

/**
 * Scans text[from, to) as script. URLs in strings and template literals go to sink.sites;
 * identifiers used inside the url (or src…) of a known wx call go to sink.usages. When
 * `comments` is given, the [start, end) offsets of every comment are appended to it.
 */
export function scanScript(text: string, sink: ScanSink, from = 0, to = text.length, comments?: number[]): void {
  const lexer = new ScriptLexer(text, sink, from, to, comments ?? null);
  // No URL anywhere: usages still matter (config.js names, used here), but only near known calls.
  if (!comments && lexer.urls.firstSeparator >= to && !mayCallApi(text, from, to)) return;
  lexer.run();
}
