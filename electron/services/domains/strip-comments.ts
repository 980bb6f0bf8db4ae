import type { SourceKind } from './file-walker';
import { scanMarkup } from './markup-scanner';
import { scanScript } from './script-scanner';
import { createSink } from './sites';

/**
 * Where the comments are, as the scan sees them: `//` and `/* *\/` in JS, TS, WXS and JSON (not
 * inside strings, template literals or regex literals), `<!-- -->` in WXML (and the script comments
 * of inline <wxs>). Pairs of [start, end) offsets, in order.
 */
export function commentRanges(text: string, kind: SourceKind): Array<[number, number]> {
  const flat: number[] = [];
  const sink = createSink();
  if (kind === 'markup') scanMarkup(text, sink, flat);
  else scanScript(text, sink, 0, text.length, flat);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) ranges.push([flat[i]!, flat[i + 1]!]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The text with every comment blanked out (line breaks kept, so lines still match). */
export function stripComments(text: string, kind: SourceKind): string {
  let out = '';
  let at = 0;
  for (const [start, end] of commentRanges(text, kind)) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n\r]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
