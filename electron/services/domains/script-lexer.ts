import * as jsChars from './js-chars';
import { regexEnd, stringEnd, templateChunkEnd } from './js-chars';
import { LiteralUrls } from './literal-urls';
import { Prev } from './prev-token';
import type { ScanSink } from './sites';
import { ValueFlow } from './value-flow';

// Module-local copies for the per-character loop: V8 folds a module's own consts into optimized
// code but reloads an imported binding on every use, which made the unbundled scan (tsx, as in
// bench/domain-scan.bench.ts) ~5% slower. In the esbuild bundle these are plain aliases.
const isDigit = jsChars.isDigit;
const isIdentPart = jsChars.isIdentPart;
const isIdentStart = jsChars.isIdentStart;
const OPEN_PAREN = jsChars.OPEN_PAREN;
const OPEN_BRACKET = jsChars.OPEN_BRACKET;
const OPEN_BRACE = jsChars.OPEN_BRACE;
const TEMPLATE = jsChars.TEMPLATE;

/**
 * The lexer's state lives in fields and its helpers are methods, so one scan allocates no
 * closures (bundlers that keep function names wrap every closure, which costs more than the scan).
 */
export class ScriptLexer extends ValueFlow {
  readonly urls: LiteralUrls;

  constructor(
    text: string,
    sink: ScanSink,
    from: number,
    to: number,
    private readonly comments: number[] | null,
  ) {
    super(text, sink, from, to);
    this.urls = new LiteralUrls(text, sink, from, to);
  }

  /** Reads template chunks from j (just past a backtick or a closing `}`) until the end or the next `${`. */
  private templateFrom(j: number): number {
    const chunk = templateChunkEnd(this.text, j, this.to);
    this.urls.literal(j, chunk.end, chunk.end + 1, this.text.charCodeAt(j - 1) === TEMPLATE ? 'template-head' : 'template-tail', this);
    if (chunk.expr) {
      this.push(TEMPLATE, chunk.end);
      this.prev = Prev.Punct;
      return chunk.end + 2;
    }
    this.prev = Prev.Template;
    return chunk.end + 1;
  }

  run(): void {
    const { text, to } = this;
    let i = this.from;
    if (text.startsWith('#!', i)) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? to : eol;
    }
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c <= 32) {
        i++;
        continue;
      }
      if (isIdentStart(c)) {
        const start = i;
        i++;
        while (i < to && isIdentPart(text.charCodeAt(i))) i++;
        this.identifier(start, i);
        continue;
      }
      if (isDigit(c)) {
        i++;
        while (i < to && (isIdentPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
        this.prev = Prev.Number;
        continue;
      }
      i = this.punctuation(c, i);
    }
  }

  /** Handles the character c at i (not space, identifier or digit); returns where to go on. */
  private punctuation(c: number, i: number): number {
    const { text, to } = this;
    switch (c) {
      case 34: // "
      case 39: {
        // '
        const end = stringEnd(text, i, to);
        this.urls.literal(i + 1, end.contentEnd, end.next, 'string', this);
        this.prev = Prev.String;
        this.prevStart = i + 1;
        this.prevEnd = end.contentEnd;
        return end.next;
      }
      case TEMPLATE:
        return this.templateFrom(i + 1);
      case 47: // /
        return this.slash(i);
      case OPEN_PAREN:
        this.openParen(i);
        return i + 1;
      case OPEN_BRACKET:
        this.openBracket(i);
        return i + 1;
      case OPEN_BRACE:
        this.openBrace(i);
        return i + 1;
      case 41: // )
      case 93: // ]
        this.closeParenOrBracket(c, i);
        return i + 1;
      case 125: // }
        if (this.top.open === TEMPLATE) {
          this.pop();
          return this.templateFrom(i + 1);
        }
        this.closeBrace();
        return i + 1;
      case 44: // ,
        this.comma();
        return i + 1;
      case 59: // ;
        this.semicolon();
        return i + 1;
      case 58: // :
        this.colon();
        return i + 1;
      case 63: {
        // ?
        const next = text.charCodeAt(i + 1);
        if (next === 46 && !isDigit(text.charCodeAt(i + 2))) {
          this.prev = Prev.Dot;
          return i + 2;
        }
        this.prev = Prev.Punct;
        if (next === 63) return i + (text.charCodeAt(i + 2) === 61 ? 3 : 2);
        this.top.ternary++;
        return i + 1;
      }
      case 61: {
        // =
        const next = text.charCodeAt(i + 1);
        if (next === 61) {
          this.prev = Prev.Punct;
          return i + (text.charCodeAt(i + 2) === 61 ? 3 : 2);
        }
        if (next === 62) {
          this.arrow(i);
          return i + 2;
        }
        this.assignment();
        return i + 1;
      }
      case 33: // !
      case 60: // <
      case 62: {
        // >
        // Take "!=", "!==", "<=", ">=", "<<=" whole, so their "=" is not read as an assignment.
        let j = i + 1;
        while (j < to && (text.charCodeAt(j) === 61 || text.charCodeAt(j) === c)) j++;
        this.prev = Prev.Punct;
        return j;
      }
      case 46: {
        // .
        if (isDigit(text.charCodeAt(i + 1))) {
          let j = i + 1;
          while (j < to && isIdentPart(text.charCodeAt(j))) j++;
          this.prev = Prev.Number;
          return j;
        }
        if (text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
          this.prev = Prev.Punct;
          return i + 3;
        }
        this.prev = Prev.Dot;
        return i + 1;
      }
      case 43: // +
      case 45: {
        // -
        if (text.charCodeAt(i + 1) === c) {
          // x++ / x-- end an operand: a "/" after them divides.
          const prev = this.prev;
          if (prev !== Prev.Ident && prev !== Prev.CloseParen && prev !== Prev.CloseBracket) this.prev = Prev.Punct;
          return i + 2;
        }
        this.prev = Prev.Punct;
        return i + 1;
      }
      default:
        this.prev = Prev.Punct;
        return i + 1;
    }
  }

  /** A `/` at i: a comment, a regex literal or division. */
  private slash(i: number): number {
    const { text, to } = this;
    const next = text.charCodeAt(i + 1);
    if (next === 47) {
      const eol = text.indexOf('\n', i + 2);
      const end = eol === -1 || eol > to ? to : eol;
      this.comments?.push(i, end);
      return end;
    }
    if (next === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      const end = close === -1 || close + 2 > to ? to : close + 2;
      this.comments?.push(i, end);
      return end;
    }
    const prev = this.prev;
    if (prev === Prev.None || prev === Prev.Punct || prev === Prev.Keyword || prev === Prev.Statement || prev === Prev.Arrow || prev === Prev.CloseBrace) {
      const end = regexEnd(text, i, to);
      if (end !== -1) {
        this.prev = Prev.Regex;
        return end;
      }
    }
    this.prev = Prev.Punct;
    return i + 1;
  }
}
