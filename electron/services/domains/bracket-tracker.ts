// The structure the script lexer keeps: a stack of open brackets, each with the call, key,
// variable or function it belongs to, and the token before the current one. The lexer reads
// characters and hands the tokens that matter to the methods here; call-context.ts reads the stack
// around a literal, value-flow.ts turns the identifiers it is handed into uses and flows.

import { Frame } from './bracket-frame';
import { OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN, TEMPLATE } from './js-chars';
import { genericCallee, onlyStarBetween, returnTypeBetween } from './lookaround';
import { keywordKind, Prev } from './prev-token';
import type { ScanSink } from './sites';
import { calleeKind } from './wx-api-calls';

export class BracketTracker {
  protected readonly frames: Frame[] = [new Frame()];
  protected depth = 0;
  protected top: Frame;
  protected prev = Prev.None;
  protected prevStart = -1;
  protected prevEnd = -1;
  /** The member chain being read: its first identifier and its length (`options.url`: options, 2). */
  protected chainStart = -1;
  protected chainEnd = -1;
  protected chainLength = 0;
  /** The name before the last one in the chain (`globalData` of app.globalData.url), -1 when none. */
  protected ownerStart = -1;
  protected ownerEnd = -1;
  private lastStart = -1;
  private lastEnd = -1;
  /** The last `)` read: its bounds, whether it held parameters, and the name before it. */
  private lastParenOpen = -1;
  private lastParenClose = -1;
  private lastParenFn = false;
  private lastParenNameStart = -1;
  private lastParenNameEnd = -1;
  /** Just past the last `function` keyword, to tell `function name(` from a call. */
  private functionKwEnd = -1;
  /** The arrow just read (`=>`), for a `{` body that may follow. */
  private arrowParamsStart = -1;
  private arrowParamsEnd = -1;
  private arrowNameStart = -1;
  private arrowNameEnd = -1;

  constructor(
    protected readonly text: string,
    protected readonly sink: ScanSink,
    protected readonly from: number,
    protected readonly to: number,
  ) {
    this.top = this.frames[0]!;
    this.top.reset(OPEN_BRACE, -1, null, -1);
  }

  protected push(open: number, at: number): Frame {
    const parent = this.top;
    this.depth++;
    let frame = this.frames[this.depth];
    if (!frame) {
      frame = new Frame();
      this.frames[this.depth] = frame;
    }
    frame.reset(open, at, parent, this.depth - 1);
    this.top = frame;
    return frame;
  }

  protected pop(): Frame {
    const popped = this.top;
    this.depth--;
    this.top = this.frames[this.depth]!;
    return popped;
  }

  protected frameAt(index: number): Frame {
    return this.frames[index]!;
  }

  protected slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  placeBits(): number {
    return this.top.bits();
  }

  /** The next character that is not white space, or -1. */
  protected peek(j: number): number {
    const { text, to } = this;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (c > 32) return c;
      j++;
    }
    return -1;
  }

  /** The character before i that is not white space, or -1. */
  protected peekBack(i: number): number {
    const { text, from } = this;
    while (i > from) {
      const c = text.charCodeAt(i - 1);
      if (c > 32) return c;
      i--;
    }
    return -1;
  }

  /** Overridden by the lexer: an identifier that may carry a value somewhere. */
  protected valueIdentifier(_start: number, _end: number): void {}

  protected identifier(start: number, end: number): void {
    const top = this.top;
    const kind = this.prev === Prev.Dot ? Prev.Ident : keywordKind(this.text, start, end);
    if (kind === 'decl') {
      top.declPending = true;
      this.prev = Prev.Statement;
      return;
    }
    if (kind === Prev.FunctionKw) {
      this.functionKwEnd = end;
    } else if (kind === Prev.Keyword && end - start === 6 && this.text.startsWith('return', start)) {
      this.returnStatement();
    } else if (kind === Prev.Ident) {
      if (this.prev === Prev.Dot) {
        this.chainLength++;
        this.ownerStart = this.lastStart;
        this.ownerEnd = this.lastEnd;
      } else {
        this.chainStart = start;
        this.chainEnd = end;
        this.chainLength = 1;
        this.ownerStart = -1;
      }
      this.lastStart = start;
      this.lastEnd = end;
      if (top.declPending) {
        top.declPending = false;
        top.declStart = start;
        top.declEnd = end;
      }
      this.valueIdentifier(start, end);
    }
    this.prev = kind;
    this.prevStart = start;
    this.prevEnd = end;
  }

  /** `return …` names the value after the function it returns from: `getBaseUrl() { return 'https://…' }`. */
  private returnStatement(): void {
    const top = this.top;
    let k = this.depth;
    while (k >= 0 && this.frames[k]!.fnParamsStart < 0) k = this.frames[k]!.fnOuter;
    const fn = k >= 0 ? this.frames[k]! : null;
    top.nameStart = fn ? fn.fnNameStart : -1;
    top.nameEnd = fn ? fn.fnNameEnd : -1;
    top.bindKind = 'return';
  }

  protected openParen(i: number): void {
    const parent = this.top;
    let calleeStart = this.prev === Prev.Ident ? this.prevStart : -1;
    let calleeEnd = this.prevEnd;
    if (calleeStart < 0 && this.prev === Prev.Punct) {
      // TypeScript type arguments: wx.request<Res>({ … }).
      const generic = genericCallee(this.text, i, this.from);
      if (generic) [calleeStart, calleeEnd] = generic;
    }
    const named = calleeStart >= 0 && this.functionKwEnd >= 0 && onlyStarBetween(this.text, this.functionKwEnd, calleeStart);
    const fnParams = this.prev === Prev.FunctionKw || named;
    this.functionKwEnd = -1;
    const frame = this.push(OPEN_PAREN, i);
    if (fnParams) {
      // `function name(` or `key: function (`: the name is the function's, else the key or variable it is bound to.
      frame.params = true;
      frame.calleeStart = named ? calleeStart : parent.nameStart;
      frame.calleeEnd = named ? calleeEnd : parent.nameEnd;
    } else if (calleeStart >= 0) {
      frame.calleeStart = calleeStart;
      frame.calleeEnd = calleeEnd;
      const kind = calleeKind(this.text, calleeStart, calleeEnd);
      if (kind === 'foreign') frame.foreign = true;
      else if (kind) frame.api = kind;
      else if (parent.open === OPEN_PAREN) {
        frame.apiVia = parent.api ?? parent.apiVia;
        frame.via = !frame.apiVia && parent.calleeStart >= 0 && !parent.foreign && this.text.startsWith('assign', calleeStart) && calleeEnd - calleeStart === 6;
      }
    }
    this.prev = Prev.Punct;
  }

  protected openBracket(i: number): void {
    this.push(OPEN_BRACKET, i);
    this.prev = Prev.Punct;
  }

  protected openBrace(i: number): void {
    const parent = this.top;
    let paramsStart = -1;
    let paramsEnd = -1;
    let nameStart = -1;
    let nameEnd = -1;
    if (this.prev === Prev.Arrow) {
      [paramsStart, paramsEnd, nameStart, nameEnd] = [this.arrowParamsStart, this.arrowParamsEnd, this.arrowNameStart, this.arrowNameEnd];
    } else if (this.lastParenClose >= 0 && (this.prev === Prev.CloseParen || returnTypeBetween(this.text, this.lastParenClose + 1, i))) {
      // A function or method body: `function f(a) {`, `get(url) {`, `request(url: string): Promise<T> {`.
      const method = !this.lastParenFn && this.lastParenNameStart >= 0;
      if (this.lastParenFn || method) {
        [paramsStart, paramsEnd, nameStart, nameEnd] = [this.lastParenOpen + 1, this.lastParenClose, this.lastParenNameStart, this.lastParenNameEnd];
      }
    }
    this.lastParenClose = -1;
    const frame = this.push(OPEN_BRACE, i);
    if (parent.open === OPEN_PAREN) frame.apiArg = parent.api ?? parent.apiVia;
    if (paramsStart >= 0) {
      frame.fnParamsStart = paramsStart;
      frame.fnParamsEnd = paramsEnd;
      frame.fnNameStart = nameStart;
      frame.fnNameEnd = nameEnd;
    }
    this.prev = Prev.Punct;
  }

  /** `=>`: the parameters before it (a parenthesised list or one name) and the name it is bound to. */
  protected arrow(i: number): void {
    const top = this.top;
    let start = -1;
    let end = -1;
    if (this.lastParenClose >= 0 && (this.prev === Prev.CloseParen || returnTypeBetween(this.text, this.lastParenClose + 1, i))) {
      start = this.lastParenOpen + 1;
      end = this.lastParenClose;
    } else if (this.prev === Prev.Ident) {
      start = this.prevStart;
      end = this.prevEnd;
    }
    this.lastParenClose = -1;
    this.arrowParamsStart = start;
    this.arrowParamsEnd = end;
    this.arrowNameStart = top.nameStart;
    this.arrowNameEnd = top.nameEnd;
    // For an expression body, which stays in this frame until its `,` or `;`.
    if (start >= 0) {
      top.arrowParamsStart = start;
      top.arrowParamsEnd = end;
      top.arrowNameStart = top.nameStart;
      top.arrowNameEnd = top.nameEnd;
    }
    this.prev = Prev.Arrow;
  }

  /** `)` or `]` (c) at i; one that closes nothing open is skipped. */
  protected closeParenOrBracket(c: number, i: number): void {
    if (this.top.open === TEMPLATE || this.depth === 0) return;
    const popped = this.pop();
    if (c === 41) {
      this.lastParenOpen = popped.openAt;
      this.lastParenClose = i;
      this.lastParenFn = popped.params;
      this.lastParenNameStart = popped.api || popped.foreign ? -1 : popped.calleeStart;
      this.lastParenNameEnd = popped.calleeEnd;
      this.closedCall(this.depth + 1, i);
      this.prev = Prev.CloseParen;
    } else {
      this.prev = Prev.CloseBracket;
    }
  }

  /** Overridden by the lexer: the call at frame depth `depth` closed at i. */
  protected closedCall(_depth: number, _i: number): void {}

  /** A `}` that does not close a template expression. */
  protected closeBrace(): void {
    if (this.depth > 0) this.pop();
    this.prev = Prev.CloseBrace;
  }

  protected comma(): void {
    const top = this.top;
    top.nameStart = -1;
    top.targetSlot = null;
    top.declStart = -1;
    top.keyBits = 0;
    top.keySeen = false;
    top.clearArrow();
    if (top.open === OPEN_PAREN) top.argIndex++;
    this.prev = Prev.Punct;
  }

  protected semicolon(): void {
    const top = this.top;
    top.nameStart = -1;
    top.targetSlot = null;
    top.declStart = -1;
    top.declPending = false;
    top.ternary = 0;
    top.clearArrow();
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
      top.bindKind = 'key';
      top.keySeen = true;
      if (top.apiArg) top.keyBits = top.apiArg.keys.get(this.slice(this.prevStart, this.prevEnd)) ?? 0;
    }
    this.prev = Prev.Punct;
  }

  /** An assignment `=` (not `==`, `===` or `=>`). */
  protected assignment(): void {
    const top = this.top;
    const prev = this.prev;
    this.prev = Prev.Punct;
    top.targetSlot = null;
    if (top.declStart >= 0) {
      top.nameStart = top.declStart;
      top.nameEnd = top.declEnd;
      top.bindKind = 'var';
      top.declStart = -1;
    } else if (prev === Prev.Ident) {
      top.nameStart = this.prevStart;
      top.nameEnd = this.prevEnd;
      top.bindKind = this.chainLength > 1 ? 'prop' : 'var';
      this.assignedProperty();
    } else {
      top.nameStart = -1;
    }
  }

  /** Overridden by the lexer: `a.b =` was just read (the name is the current frame's). */
  protected assignedProperty(): void {}
}
