// The structure the script lexer keeps: a stack of open brackets, each with the call, key or
// variable it belongs to, and the token before the current one. The lexer reads characters and
// hands the tokens that matter to the methods here.

import { Frame } from './bracket-frame';
import { isIdentPart, isIdentStart, OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN, TEMPLATE } from './js-chars';
import type { LiteralContext } from './literal-urls';
import { keywordKind, Prev } from './prev-token';
import { addUsage, type ScanSink } from './sites';
import { knownApi } from './wx-api-calls';

export class BracketTracker implements LiteralContext {
  private readonly frames: Frame[] = [new Frame()];
  protected depth = 0;
  protected top: Frame;
  protected prev = Prev.None;
  protected prevStart = -1;
  protected prevEnd = -1;
  private lastCalleeStart = -1;
  private lastCalleeEnd = -1;

  constructor(
    protected readonly text: string,
    protected readonly sink: ScanSink,
    protected readonly from: number,
    protected readonly to: number,
  ) {
    this.top = this.frames[0]!;
    this.top.reset(OPEN_BRACE, null);
  }

  protected push(open: number): Frame {
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

  protected pop(): Frame {
    const popped = this.top;
    this.depth--;
    this.top = this.frames[this.depth]!;
    return popped;
  }

  placeBits(): number {
    return this.top.bits();
  }

  names(): { names: string[]; callee: string | null } {
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

  protected identifier(start: number, end: number): void {
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

  protected openParen(i: number): void {
    let calleeStart = this.prev === Prev.Ident ? this.prevStart : -1;
    let calleeEnd = this.prevEnd;
    if (calleeStart < 0 && this.prev === Prev.Punct) {
      // TypeScript type arguments: wx.request<Res>({ … }).
      const generic = genericCallee(this.text, i, this.from);
      if (generic) [calleeStart, calleeEnd] = generic;
    }
    const frame = this.push(OPEN_PAREN);
    if (calleeStart >= 0) {
      frame.calleeStart = calleeStart;
      frame.calleeEnd = calleeEnd;
      frame.api = knownApi(this.text, calleeStart, calleeEnd);
    }
    this.prev = Prev.Punct;
  }

  protected openBracket(): void {
    this.push(OPEN_BRACKET);
    this.prev = Prev.Punct;
  }

  protected openBrace(): void {
    const parent = this.top;
    const frame = this.push(OPEN_BRACE);
    if (parent.open === OPEN_PAREN && parent.api) frame.apiArg = parent.api;
    if (this.prev === Prev.CloseParen && this.lastCalleeStart >= 0) {
      // A function or method body: `getBaseUrl() { return 'https://…' }` is named after the function.
      frame.nameStart = this.lastCalleeStart;
      frame.nameEnd = this.lastCalleeEnd;
    }
    this.prev = Prev.Punct;
  }

  /** `)` or `]` (c); one that closes nothing open is skipped. */
  protected closeParenOrBracket(c: number): void {
    if (this.top.open === TEMPLATE || this.depth === 0) return;
    const popped = this.pop();
    if (c === 41) {
      this.lastCalleeStart = popped.calleeStart;
      this.lastCalleeEnd = popped.calleeEnd;
      this.prev = Prev.CloseParen;
    } else {
      this.prev = Prev.CloseBracket;
    }
  }

  /** A `}` that does not close a template expression. */
  protected closeBrace(): void {
    this.shorthandUsage();
    if (this.depth > 0) this.pop();
    this.prev = Prev.CloseBrace;
  }

  protected comma(): void {
    const top = this.top;
    this.shorthandUsage();
    top.nameStart = -1;
    top.declStart = -1;
    top.keyBits = 0;
    top.keySeen = false;
    this.prev = Prev.Punct;
  }

  protected semicolon(): void {
    const top = this.top;
    top.nameStart = -1;
    top.declStart = -1;
    top.declPending = false;
    top.ternary = 0;
    this.prev = Prev.Punct;
  }

  protected colon(): void {
    const top = this.top;
    const prev = this.prev;
    if (top.ternary > 0) {
      top.ternary--;
    } else if (prev === Prev.Ident || prev === Prev.String || prev === Prev.Number) {
      top.nameStart = this.prevStart;
      top.nameEnd = this.prevEnd;
      if (top.apiArg) {
        top.keySeen = true;
        top.keyBits = top.apiArg.keys.get(this.text.slice(this.prevStart, this.prevEnd)) ?? 0;
      }
    }
    this.prev = Prev.Punct;
  }

  /** An assignment `=` (not `==`, `===` or `=>`). */
  protected assignment(): void {
    const top = this.top;
    const prev = this.prev;
    this.prev = Prev.Punct;
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
