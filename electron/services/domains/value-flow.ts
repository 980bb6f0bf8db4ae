// What an identifier says about where values go: a name used in the url of wx.request is a
// use; `login: BASE + '/login'` makes BASE flow into login; `request(url)` inside `get(url)` makes
// get's parameter flow into request's. classify.ts follows these from each URL to a wx call.

import { CallContext } from './call-context';
import { isIdentStart, OPEN_BRACE, OPEN_PAREN, TEMPLATE } from './js-chars';
import { listParams, type ParamBinding, type ParamRef } from './params';
import { addFlow, addShortUse, addUse, NAV_BIT, TYPE_BIT } from './sites';
import { isApiBaseName, isShortName, memberSlot, nameSlot, paramSlot } from './slots';
import type { ApiSpec } from './wx-api-calls';

/** Marks a source that is a short variable (a minifier's), checked by scope instead of by slot. */
const SHORT = '\u0001';
/** Values, but never names that hold a URL. */
const LITERAL_WORDS = new Set(['null', 'true', 'false', 'undefined', 'NaN', 'Infinity', 'this', 'super', 'arguments']);
/** How many enclosing functions are searched for a parameter. */
const MAX_FUNCTIONS = 6;

function find(params: readonly ParamBinding[], name: string): ParamBinding | undefined {
  for (const param of params) if (param.name === name) return param;
  return undefined;
}

/**
 * Characters that can end a value in an expression (`BASE + …`, `f(BASE)`, `{ a: BASE }`,
 * `${BASE}`, `BASE || …`), or index it (`HOSTS[env]`: one of HOSTS's values).
 */
function endsValue(c: number): boolean {
  return c === 43 || c === 44 || c === 41 || c === 125 || c === 93 || c === 59 || c === 124 || c === 96 || c === 91 || c === -1;
}

export class ValueFlow extends CallContext {
  /** Flows into a call's arguments, kept until its `)` shows a call (not a method's parameter list). */
  private readonly pendingDepth: number[] = [];
  private readonly pendingFlow: string[] = [];

  /** The position of the next character that is not white space (`to` when none). */
  private skipSpace(j: number): number {
    const { text, to } = this;
    while (j < to && text.charCodeAt(j) <= 32) j++;
    return j;
  }

  /** A line break in the white space text[from, to): the statement may end there. */
  private newlineBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === 10) return true;
    return false;
  }

  /**
   * Whether the member chain being read starts the value, so it can hold the host: `BASE + path`
   * (BASE, not path), `${BASE}/x` (not `/x/${id}`), the first argument of a call inside a typed key.
   */
  private atHead(typed: boolean): boolean {
    const before = this.peekBack(this.chainStart);
    if (before === 43 /* + */) return false;
    const top = this.top;
    if (top.open === TEMPLATE && before === 123 /* { */) return this.text.charCodeAt(top.openAt - 1) === 96;
    return !(typed && top.open === OPEN_PAREN && top.argIndex > 0);
  }

  protected override valueIdentifier(start: number, end: number): void {
    const top = this.top;
    const bits = top.ctx || (top.apiArg ? top.keyBits : 0);
    if (bits) {
      this.typedUse(start, end, bits);
    } else if (top.params) {
      // A parameter list: names declared, not used.
    } else if (top.apiArg) {
      if (top.keySeen) return;
      // `wx.request({ ...options })`: every typed key of the call comes from options.
      if (this.afterSpread(start)) {
        this.passThrough(start, end, top.apiArg);
        return;
      }
      // `wx.request({ url })`: the name is both the key and the value.
      const shorthandBits = top.apiArg.keys.get(this.slice(start, end));
      const next = this.peek(end);
      if (shorthandBits && (next === 44 || next === 125)) this.typedUse(start, end, shorthandBits);
    } else if (top.open === OPEN_PAREN && (top.api || top.apiVia)) {
      // `wx.request(options)`, `wx.request(Object.assign({}, defaults, options))`.
      const next = this.peek(end);
      if (next === 44 || next === 41) this.passThrough(start, end, (top.api ?? top.apiVia)!);
    } else {
      this.flow(start, end);
    }
  }

  private afterSpread(start: number): boolean {
    let i = start;
    while (i > this.from && this.text.charCodeAt(i - 1) <= 32) i--;
    return i >= 3 && this.text.startsWith('...', i - 3);
  }

  /** An identifier inside a typed key of a known call (`url: config.apiBase + path`). */
  private typedUse(start: number, end: number, bits: number): void {
    const next = this.peek(end);
    if ((next === 58 /* : */ && this.top.ternary === 0) || next === 46 /* . */) return;
    // A navigation's URL sits inside the page path (`'/pages/web/web?url=' + H5`); other URLs start the value.
    if (bits !== NAV_BIT && !this.atHead(true)) return;
    if (next === 40 /* ( */) {
      // A function whose result is the URL: `url: getBaseUrl() + path` uses what getBaseUrl returns.
      const slot = nameSlot(this.slice(start, end), this.sink.stem);
      if (slot) addUse(this.sink.shared, slot, bits);
      return;
    }
    const source = this.sourceOf(start, end);
    if (source === null) return;
    if (source.startsWith(SHORT)) addShortUse(this.sink, source.slice(1), bits, this.scopes());
    else addUse(this.sink.shared, source, bits);
  }

  /** A whole object handed to a known call: its typed keys are the uses. */
  private passThrough(start: number, end: number, spec: ApiSpec): void {
    const source = this.sourceOf(start, end);
    if (source === null || source.startsWith(SHORT)) return;
    const whole = source.startsWith('p\u0000');
    if (whole && !source.endsWith('\u0000')) return;
    for (const [key, bits] of spec.keys) addUse(this.sink.shared, whole ? source + key : `${source}\u0000${key}`, bits);
  }

  /** An identifier in an ordinary expression: it may flow into a bound name or a call's argument. */
  private flow(start: number, end: number): void {
    let k = this.depth;
    let frame = this.top;
    // A template's expression and a grouping `( … )` hand their value to what holds them.
    while (k > 0 && (frame.open === TEMPLATE || (frame.open === OPEN_PAREN && frame.calleeStart < 0 && !frame.api && !frame.params))) frame = this.frameAt(--k);
    const inCall = frame.open === OPEN_PAREN || (frame.open === OPEN_BRACE && k > 0 && this.frameAt(k - 1).open === OPEN_PAREN);
    if (!inCall && frame.nameStart < 0) return;
    const nextAt = this.skipSpace(end);
    const next = nextAt < this.to ? this.text.charCodeAt(nextAt) : -1;
    const ends = endsValue(next) || (next === 58 && frame.ternary > 0) || (isIdentStart(next) && this.newlineBetween(end, nextAt));
    if (!ends || !this.atHead(false)) return;
    if (inCall) {
      const spread = this.afterSpread(start);
      const shorthand = !spread && frame.open === OPEN_BRACE && !frame.keySeen && (next === 44 || next === 125);
      const slot = this.callSlotAt(k, spread ? '' : shorthand ? this.slice(start, end) : null);
      if (this.callApi || this.callForeign) return;
      if (slot) {
        const source = this.sourceOf(start, end);
        if (source !== null && !source.startsWith(SHORT)) {
          this.pendingDepth.push(frame.open === OPEN_PAREN ? k : k - 1);
          this.pendingFlow.push(source, slot);
        }
        return;
      }
    }
    if (frame.nameStart < 0) return;
    const target = frame.targetSlot ?? nameSlot(this.slice(frame.nameStart, frame.nameEnd), this.sink.stem);
    if (target === null) return;
    const source = this.sourceOf(start, end);
    if (source !== null && !source.startsWith(SHORT)) addFlow(this.sink.shared, source, target);
  }

  /**
   * The slot the identifier text[start, end) reads from: a parameter of an enclosing function
   * (or a property of one: `options.url`), else the name. null for a parameter of an anonymous
   * function (a local nobody can call by name); SHORT + name for a short variable.
   */
  private sourceOf(start: number, end: number): string | null {
    const name = this.slice(start, end);
    if (this.chainLength === 1) {
      if (LITERAL_WORDS.has(name)) return null;
      const param = this.paramOf(name);
      if (param) return param.fn ? paramSlot(param.fn, param.index, param.prop) : null;
      return isShortName(name) ? SHORT + name : nameSlot(name, this.sink.stem);
    }
    if (this.chainLength === 2) {
      const head = this.slice(this.chainStart, this.chainEnd);
      if (head !== 'this') {
        const param = this.paramOf(head);
        if (param) return param.fn && param.prop === '' ? paramSlot(param.fn, param.index, name) : null;
      }
    }
    return memberSlot(name, this.ownerStart >= 0 ? this.slice(this.ownerStart, this.ownerEnd) : null, this.sink.stem);
  }

  /** The enclosing function that declares `name` as a parameter, with its name ('' when anonymous). */
  private paramOf(name: string): (ParamRef & { fn: string }) | null {
    let k = this.depth;
    for (let seen = 0; k >= 0 && seen < MAX_FUNCTIONS; seen++) {
      const frame = this.frameAt(k);
      if (frame.arrowParamsStart >= 0) {
        frame.arrowParamList ??= listParams(this.text, frame.arrowParamsStart, frame.arrowParamsEnd);
        const ref = find(frame.arrowParamList, name);
        if (ref) return { index: ref.index, prop: ref.prop, fn: frame.arrowNameStart >= 0 ? this.slice(frame.arrowNameStart, frame.arrowNameEnd) : '' };
      }
      if (frame.fnParamsStart >= 0) {
        frame.fnParamList ??= listParams(this.text, frame.fnParamsStart, frame.fnParamsEnd);
        const ref = find(frame.fnParamList, name);
        if (ref) return { index: ref.index, prop: ref.prop, fn: frame.fnNameStart >= 0 ? this.slice(frame.fnNameStart, frame.fnNameEnd) : '' };
      }
      k = frame.fnOuter;
    }
    return null;
  }

  /** The call at `depth` closed at i: keep its argument flows, unless it was a method's parameter list. */
  protected override closedCall(depth: number, i: number): void {
    const count = this.pendingDepth.length;
    if (count === 0 || this.pendingDepth[count - 1]! < depth) return;
    const nextAt = this.skipSpace(i + 1);
    const next = this.text.charCodeAt(nextAt);
    const definition = next === 123 /* { */ || next === 58 /* : */ || (next === 61 && this.text.charCodeAt(nextAt + 1) === 62); /* => */
    while (this.pendingDepth.length > 0 && this.pendingDepth[this.pendingDepth.length - 1]! >= depth) {
      this.pendingDepth.pop();
      const to = this.pendingFlow.pop()!;
      const from = this.pendingFlow.pop()!;
      if (!definition) addFlow(this.sink.shared, from, to);
    }
  }

  /**
   * `a.b = …` was just read. `options.url = BASE + options.url` in a function of options sets that
   * parameter's property; `fly.config.baseURL = …` sets a client's base address, so that name
   * feeds requests.
   */
  protected override assignedProperty(): void {
    const name = this.slice(this.top.nameStart, this.top.nameEnd);
    if (this.chainLength === 2) {
      const param = this.paramOf(this.slice(this.chainStart, this.chainEnd));
      if (param?.fn && param.prop === '') this.top.targetSlot = paramSlot(param.fn, param.index, name);
    }
    if (!isApiBaseName(name)) return;
    const slot = nameSlot(name, this.sink.stem);
    if (slot) addUse(this.sink.shared, slot, TYPE_BIT.request);
  }
}
