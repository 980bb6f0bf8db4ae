// A one-pass lexer for JS, TS, WXS and JSON that skips comments and regex literals, reads
// strings and template literals, and keeps just enough structure (a stack of brackets with the
// call, key or variable each one belongs to) to say what a URL in a string is for.
// No tokens are allocated: positions are kept and sliced only around URLs and known calls,
// so files without "://" cost one indexOf, and the rest about one pass of charCodeAt.

import { findUrls } from '../../../shared/domain-rules';
import { addUsage, opensCssUrl, TYPE_BIT, type ScanSink } from './sites';

interface ApiSpec {
  /** Keys of the options object that hold what the call reaches, and their type bits. */
  keys: ReadonlyMap<string, number>;
  /** Whether identifiers in those keys type the names they refer to (not for navigation: its url is a page path). */
  typesNames: boolean;
}

const api = (keys: Record<string, number>, typesNames = true): ApiSpec => ({ keys: new Map(Object.entries(keys)), typesNames });

/** wx.* (and uni.* / Taro.*) calls that reach a host, by method. */
const API_SPECS: ReadonlyMap<string, ApiSpec> = new Map([
  ['request', api({ url: TYPE_BIT.request })],
  ['connectSocket', api({ url: TYPE_BIT.socket })],
  ['uploadFile', api({ url: TYPE_BIT.uploadFile })],
  ['downloadFile', api({ url: TYPE_BIT.downloadFile })],
  ['getImageInfo', api({ src: TYPE_BIT.downloadFile })],
  ['previewImage', api({ urls: TYPE_BIT.downloadFile, current: TYPE_BIT.downloadFile })],
  ['previewMedia', api({ sources: TYPE_BIT.downloadFile, current: TYPE_BIT.downloadFile })],
  ['playBackgroundAudio', api({ dataUrl: TYPE_BIT.downloadFile, coverImgUrl: TYPE_BIT.downloadFile })],
  ['loadFontFace', api({ source: TYPE_BIT.downloadFile })],
  // An https URL handed to navigation can only be meant for a web-view page.
  ['navigateTo', api({ url: TYPE_BIT.webview }, false)],
  ['redirectTo', api({ url: TYPE_BIT.webview }, false)],
  ['reLaunch', api({ url: TYPE_BIT.webview }, false)],
]);

const API_OBJECTS = new Set(['wx', 'uni', 'Taro']);

const enum Prev {
  None,
  Ident,
  /** A keyword after which a `/` starts a regex (return, typeof, …). */
  Keyword,
  /** A keyword that cannot name a call (if, for, while, …). */
  Statement,
  String,
  Number,
  CloseParen,
  CloseBracket,
  CloseBrace,
  Punct,
  Dot,
  Regex,
  Template,
}

const OPEN_PAREN = 40;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
const TEMPLATE = 96;

/** One open bracket. Reused from a pool: a minified bundle opens millions. */
class Frame {
  open = 0;
  /** The called function for `(`, as positions of its last name ("request" of wx.request). */
  calleeStart = -1;
  calleeEnd = -1;
  api: ApiSpec | null = null;
  /** For the `{` directly inside a known call: the call. */
  apiArg: ApiSpec | null = null;
  /** In apiArg frames: the type bits of the current key (0 for untyped keys). */
  keyBits = 0;
  keySeen = false;
  /** Type bits inherited from an enclosing typed key. */
  ctx = 0;
  /** Whether names used under that key are typed by it (not under a navigation's url). */
  ctxTypesNames = false;
  /** The current key or assigned name in this frame, as positions. */
  nameStart = -1;
  nameEnd = -1;
  declPending = false;
  declStart = -1;
  declEnd = -1;
  ternary = 0;

  reset(open: number, parent: Frame | null): void {
    this.open = open;
    this.ctx = parent ? parent.bits() : 0;
    this.ctxTypesNames = parent ? (parent.ctx ? parent.ctxTypesNames : !!parent.apiArg?.typesNames) : false;
    this.calleeStart = -1;
    this.calleeEnd = -1;
    this.api = null;
    this.apiArg = null;
    this.keyBits = 0;
    this.keySeen = false;
    this.nameStart = -1;
    this.nameEnd = -1;
    this.declPending = false;
    this.declStart = -1;
    this.declEnd = -1;
    this.ternary = 0;
  }

  bits(): number {
    return this.ctx || (this.apiArg ? this.keyBits : 0);
  }

  /** The bits an identifier here gives the name it refers to. */
  usageBits(): number {
    if (this.ctx) return this.ctxTypesNames ? this.ctx : 0;
    return this.apiArg?.typesNames ? this.keyBits : 0;
  }
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
}

function isIdentPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c > 127;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWord(text: string, start: number, len: number, word: string): boolean {
  return len === word.length && text.startsWith(word, start);
}

/** Classifies the identifier text[start, end) when it is a keyword that matters here. */
function keywordKind(text: string, start: number, end: number): Prev.Ident | Prev.Keyword | Prev.Statement | 'decl' {
  const len = end - start;
  if (len < 2 || len > 10) return Prev.Ident;
  const c = text.charCodeAt(start);
  // (No closure here: this runs for every identifier.)
  switch (c) {
    case 99: // c
      if (isWord(text, start, len, 'const')) return 'decl';
      if (isWord(text, start, len, 'case')) return Prev.Keyword;
      if (isWord(text, start, len, 'catch')) return Prev.Statement;
      return Prev.Ident;
    case 100: // d
      return isWord(text, start, len, 'do') || isWord(text, start, len, 'delete') ? Prev.Keyword : Prev.Ident;
    case 101: // e
      return isWord(text, start, len, 'else') ? Prev.Keyword : Prev.Ident;
    case 102: // f
      return isWord(text, start, len, 'for') || isWord(text, start, len, 'function') ? Prev.Statement : Prev.Ident;
    case 105: // i
      if (isWord(text, start, len, 'in') || isWord(text, start, len, 'instanceof')) return Prev.Keyword;
      return isWord(text, start, len, 'if') ? Prev.Statement : Prev.Ident;
    case 108: // l
      return isWord(text, start, len, 'let') ? 'decl' : Prev.Ident;
    case 110: // n
      return isWord(text, start, len, 'new') ? Prev.Keyword : Prev.Ident;
    case 111: // o
      return isWord(text, start, len, 'of') ? Prev.Keyword : Prev.Ident;
    case 114: // r
      return isWord(text, start, len, 'return') ? Prev.Keyword : Prev.Ident;
    case 115: // s
      return isWord(text, start, len, 'switch') ? Prev.Statement : Prev.Ident;
    case 116: // t
      return isWord(text, start, len, 'typeof') || isWord(text, start, len, 'throw') ? Prev.Keyword : Prev.Ident;
    case 118: // v
      if (isWord(text, start, len, 'var')) return 'decl';
      return isWord(text, start, len, 'void') ? Prev.Keyword : Prev.Ident;
    case 119: // w
      return isWord(text, start, len, 'while') || isWord(text, start, len, 'with') ? Prev.Statement : Prev.Ident;
    case 121: // y
      return isWord(text, start, len, 'yield') ? Prev.Keyword : Prev.Ident;
    case 97: // a
      return isWord(text, start, len, 'await') ? Prev.Keyword : Prev.Ident;
    default:
      return Prev.Ident;
  }
}

/** End of the string starting at text[i] (a quote), just past the closing quote; a newline ends an unclosed one. */
function stringEnd(text: string, i: number, to: number): { contentEnd: number; next: number } {
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
function templateChunkEnd(text: string, j: number, to: number): { end: number; expr: boolean } {
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
function regexEnd(text: string, i: number, to: number): number {
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

const INCOMPLETE_URL_TAIL = /(?:https?|wss?):(?:\/\/|\\\/\\\/)[^/?#\\\s'"`]*$/i;

/**
 * Scans text[from, to) as script. URLs in strings and template literals go to sink.sites;
 * identifiers used inside the url (or src…) of a known wx call go to sink.usages. When
 * `comments` is given, the [start, end) offsets of every comment are appended to it.
 */
export function scanScript(text: string, sink: ScanSink, from = 0, to = text.length, comments?: number[]): void {
  const lexer = new ScriptLexer(text, sink, from, to, comments ?? null);
  // No URL anywhere: usages still matter (config.js names, used here), but only near known calls.
  if (!comments && lexer.nextSeparator >= to && !mayCallApi(text, from, to)) return;
  lexer.run();
}

/**
 * The lexer's state lives in fields and its helpers are methods, so one scan allocates no
 * closures (bundlers that keep function names wrap every closure, which costs more than the scan).
 */
class ScriptLexer {
  private readonly frames: Frame[] = [new Frame()];
  private depth = 0;
  private top: Frame;
  private prev = Prev.None;
  private prevStart = -1;
  private prevEnd = -1;
  private lastCalleeStart = -1;
  private lastCalleeEnd = -1;
  /** Next "://" and ":\/\/" at or after the current literal; `to` when there is none. */
  private nextPlain: number;
  private nextEscaped: number;
  nextSeparator: number;

  constructor(
    private readonly text: string,
    private readonly sink: ScanSink,
    private readonly from: number,
    private readonly to: number,
    private readonly comments: number[] | null,
  ) {
    this.top = this.frames[0]!;
    this.top.reset(OPEN_BRACE, null);
    this.nextPlain = this.search('://', from);
    this.nextEscaped = this.search(':\\/\\/', from);
    this.nextSeparator = Math.min(this.nextPlain, this.nextEscaped);
  }

  private search(needle: string, from: number): number {
    const at = this.text.indexOf(needle, from);
    return at === -1 || at >= this.to ? this.to : at;
  }

  private push(open: number): Frame {
    const parent = this.top;
    this.depth++;
    let frame = this.frames[this.depth];
    if (!frame) {
      frame = new Frame();
      this.frames[this.depth] = frame;
    }
    frame.reset(open, parent);
    this.top = frame;
    return frame;
  }

  private pop(): Frame {
    const popped = this.top;
    this.depth--;
    this.top = this.frames[this.depth]!;
    return popped;
  }

  /** The next character that is not white space, or -1. */
  private peek(j: number): number {
    const { text, to } = this;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (c > 32) return c;
      j++;
    }
    return -1;
  }

  /** `{ url }` in a known call: the name is both key and value. */
  private shorthandUsage(): void {
    const top = this.top;
    if (top.apiArg && !top.keySeen && this.prev === Prev.Ident && top.apiArg.typesNames) {
      const name = this.text.slice(this.prevStart, this.prevEnd);
      const bits = top.apiArg.keys.get(name);
      if (bits) addUsage(this.sink, name, bits);
    }
  }

  private names(): { names: string[]; callee: string | null } {
    const found: string[] = [];
    for (let k = this.depth; k >= 0 && found.length < 4; k--) {
      const frame = this.frames[k]!;
      if (frame.nameStart >= 0) found.push(this.text.slice(frame.nameStart, frame.nameEnd));
      if (frame.open === OPEN_PAREN) {
        if (frame.api) return { names: found, callee: null };
        if (frame.calleeStart >= 0) return { names: found, callee: this.text.slice(frame.calleeStart, frame.calleeEnd) };
      }
    }
    return { names: found, callee: null };
  }

  /** A string or template chunk text[start, end); `after` is just past its closing quote. */
  private literal(start: number, end: number, after: number, template: boolean): void {
    if (this.nextPlain < start) this.nextPlain = this.search('://', start);
    if (this.nextEscaped < start) this.nextEscaped = this.search(':\\/\\/', start);
    if (this.nextPlain >= end && this.nextEscaped >= end) return;
    const text = this.text;
    let source = text;
    let from = start;
    let to = end;
    let shift = 0;
    // 'https://' + 'api.shop.com': fold a following plain string when the URL runs to the end.
    if (!template && INCOMPLETE_URL_TAIL.test(text.slice(Math.max(start, end - 300), end))) {
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
    const bits = this.top.bits();
    const context = this.names();
    for (const url of urls) {
      const offset = url.start + shift;
      this.sink.sites.push({
        url: { ...url, start: offset },
        offset,
        direct: bits,
        names: context.names,
        callee: context.callee,
        cssUrl: opensCssUrl(source, url.start, from),
      });
    }
  }

  /** Reads template chunks from j (just past a backtick or a closing `}`) until the end or the next `${`. */
  private templateFrom(j: number): number {
    const chunk = templateChunkEnd(this.text, j, this.to);
    this.literal(j, chunk.end, chunk.end + 1, true);
    if (chunk.expr) {
      this.push(TEMPLATE);
      this.prev = Prev.Punct;
      return chunk.end + 2;
    }
    this.prev = Prev.Template;
    return chunk.end + 1;
  }

  private identifier(start: number, end: number): void {
    const top = this.top;
    const kind: Prev | 'decl' = this.prev === Prev.Dot ? Prev.Ident : keywordKind(this.text, start, end);
    if (kind === 'decl') {
      top.declPending = true;
      this.prev = Prev.Statement;
      return;
    }
    if (kind === Prev.Ident) {
      if (top.declPending) {
        top.declPending = false;
        top.declStart = start;
        top.declEnd = end;
      }
      const bits = top.usageBits();
      // An identifier in a typed key types the name it refers to (not a nested key: `{ url: x }`).
      if (bits && (this.peek(end) !== 58 /* : */ || top.ternary > 0)) addUsage(this.sink, this.text.slice(start, end), bits);
    }
    this.prev = kind;
    this.prevStart = start;
    this.prevEnd = end;
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
    const top = this.top;
    switch (c) {
      case 34: // "
      case 39: {
        // '
        const end = stringEnd(text, i, to);
        this.literal(i + 1, end.contentEnd, end.next, false);
        this.prev = Prev.String;
        this.prevStart = i + 1;
        this.prevEnd = end.contentEnd;
        return end.next;
      }
      case TEMPLATE:
        return this.templateFrom(i + 1);
      case 47: {
        // /
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
        if (prev === Prev.None || prev === Prev.Punct || prev === Prev.Keyword || prev === Prev.Statement || prev === Prev.CloseBrace) {
          const end = regexEnd(text, i, to);
          if (end !== -1) {
            this.prev = Prev.Regex;
            return end;
          }
        }
        this.prev = Prev.Punct;
        return i + 1;
      }
      case OPEN_PAREN: {
        let calleeStart = this.prev === Prev.Ident ? this.prevStart : -1;
        let calleeEnd = this.prevEnd;
        if (calleeStart < 0 && this.prev === Prev.Punct) {
          // TypeScript type arguments: wx.request<Res>({ … }).
          const generic = genericCallee(text, i, this.from);
          if (generic) [calleeStart, calleeEnd] = generic;
        }
        const frame = this.push(OPEN_PAREN);
        if (calleeStart >= 0) {
          frame.calleeStart = calleeStart;
          frame.calleeEnd = calleeEnd;
          frame.api = knownApi(text, calleeStart, calleeEnd);
        }
        this.prev = Prev.Punct;
        return i + 1;
      }
      case OPEN_BRACKET:
        this.push(OPEN_BRACKET);
        this.prev = Prev.Punct;
        return i + 1;
      case OPEN_BRACE: {
        const frame = this.push(OPEN_BRACE);
        if (top.open === OPEN_PAREN && top.api) frame.apiArg = top.api;
        if (this.prev === Prev.CloseParen && this.lastCalleeStart >= 0) {
          // A function or method body: `getBaseUrl() { return 'https://…' }` is named after the function.
          frame.nameStart = this.lastCalleeStart;
          frame.nameEnd = this.lastCalleeEnd;
        }
        this.prev = Prev.Punct;
        return i + 1;
      }
      case 41: // )
      case 93: {
        // ]
        if (top.open === TEMPLATE || this.depth === 0) return i + 1;
        const popped = this.pop();
        if (c === 41) {
          this.lastCalleeStart = popped.calleeStart;
          this.lastCalleeEnd = popped.calleeEnd;
          this.prev = Prev.CloseParen;
        } else {
          this.prev = Prev.CloseBracket;
        }
        return i + 1;
      }
      case 125: {
        // }
        if (top.open === TEMPLATE) {
          this.pop();
          return this.templateFrom(i + 1);
        }
        this.shorthandUsage();
        if (this.depth > 0) this.pop();
        this.prev = Prev.CloseBrace;
        return i + 1;
      }
      case 44: // ,
        this.shorthandUsage();
        top.nameStart = -1;
        top.declStart = -1;
        top.keyBits = 0;
        top.keySeen = false;
        this.prev = Prev.Punct;
        return i + 1;
      case 59: // ;
        top.nameStart = -1;
        top.declStart = -1;
        top.declPending = false;
        top.ternary = 0;
        this.prev = Prev.Punct;
        return i + 1;
      case 58: {
        // :
        const prev = this.prev;
        if (top.ternary > 0) {
          top.ternary--;
        } else if (prev === Prev.Ident || prev === Prev.String || prev === Prev.Number) {
          top.nameStart = this.prevStart;
          top.nameEnd = this.prevEnd;
          if (top.apiArg) {
            top.keySeen = true;
            top.keyBits = top.apiArg.keys.get(text.slice(this.prevStart, this.prevEnd)) ?? 0;
          }
        }
        this.prev = Prev.Punct;
        return i + 1;
      }
      case 63: {
        // ?
        const next = text.charCodeAt(i + 1);
        if (next === 46 && !isDigit(text.charCodeAt(i + 2))) {
          this.prev = Prev.Dot;
          return i + 2;
        }
        this.prev = Prev.Punct;
        if (next === 63) return i + (text.charCodeAt(i + 2) === 61 ? 3 : 2);
        top.ternary++;
        return i + 1;
      }
      case 61: {
        // =
        const next = text.charCodeAt(i + 1);
        const prev = this.prev;
        this.prev = Prev.Punct;
        if (next === 61) return i + (text.charCodeAt(i + 2) === 61 ? 3 : 2);
        if (next === 62) return i + 2;
        if (top.declStart >= 0) {
          top.nameStart = top.declStart;
          top.nameEnd = top.declEnd;
          top.declStart = -1;
        } else if (prev === Prev.Ident) {
          top.nameStart = this.prevStart;
          top.nameEnd = this.prevEnd;
        } else {
          top.nameStart = -1;
        }
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
}

/**
 * The identifier before `<…>(` when the `(` at `paren` follows type arguments, as [start, end];
 * null otherwise (also for `=>(` and for comparisons the look-back cannot pair up).
 */
function genericCallee(text: string, paren: number, from: number): [number, number] | null {
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

/** The known wx call named by the identifier text[start, end), if it is the method of wx / uni / Taro. */
function knownApi(text: string, start: number, end: number): ApiSpec | null {
  const len = end - start;
  if (len < 7 || len > 19 || text.charCodeAt(start - 1) !== 46) return null;
  const spec = API_SPECS.get(text.slice(start, end));
  if (!spec) return null;
  let objStart = start - 1;
  while (objStart > 0 && isIdentPart(text.charCodeAt(objStart - 1))) objStart--;
  return API_OBJECTS.has(text.slice(objStart, start - 1)) ? spec : null;
}

const API_CALL = /\b(?:wx|uni|Taro)\s*\.\s*(?:request|connectSocket|uploadFile|downloadFile|getImageInfo|previewImage|previewMedia|playBackgroundAudio|loadFontFace)\b/;

/** Cheap test for files without URLs: only a known call can type a name there. */
function mayCallApi(text: string, from: number, to: number): boolean {
  let i = text.indexOf('wx.', from);
  if (i === -1 || i >= to) {
    i = Math.min(...[text.indexOf('uni.', from), text.indexOf('Taro.', from)].map((n) => (n === -1 ? Infinity : n)));
    if (i >= to) return false;
  }
  return API_CALL.test(from === 0 && to === text.length ? text : text.slice(from, to));
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
