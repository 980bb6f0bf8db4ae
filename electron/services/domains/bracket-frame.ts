import type { ParamBinding } from './params';
import type { BindKind } from './sites';
import type { ApiSpec } from './wx-api-calls';

/** One open bracket. Reused from a pool: a minified bundle opens millions. */
export class Frame {
  open = 0;
  /** Offset of the bracket: the scope id of names declared in it. */
  openAt = -1;
  /** The called function for `(`, as positions of its last name ("request" of wx.request). */
  calleeStart = -1;
  calleeEnd = -1;
  /** The callee's name, sliced once when a flow asks for it. */
  calleeName: string | null = null;
  /** For `(`: a known wx call. */
  api: ApiSpec | null = null;
  /** For `(`: a call of another platform, or a wx call that reaches nothing (wx.showModal). */
  foreign = false;
  /** For `(` inside a known call's parentheses (`wx.request(build({ url }))`): that call. */
  apiVia: ApiSpec | null = null;
  /** For `(` of Object.assign inside a call's parentheses: its arguments are that call's argument. */
  via = false;
  /** For `(` of a function's parameters. */
  params = false;
  /** For `(`: the argument being read, from 0. */
  argIndex = 0;
  /** For the `{` directly inside a known call: the call. */
  apiArg: ApiSpec | null = null;
  /** In apiArg frames: the bits of the current key (0 for untyped keys). */
  keyBits = 0;
  keySeen = false;
  /** Bits inherited from an enclosing typed key. */
  ctx = 0;
  /** The current key or assigned name in this frame, as positions, and how it was bound. */
  nameStart = -1;
  nameEnd = -1;
  bindKind: BindKind = 'var';
  /** For `options.url = …` inside a function of `options`: that parameter's property slot. */
  targetSlot: string | null = null;
  declPending = false;
  declStart = -1;
  declEnd = -1;
  ternary = 0;
  /** A function body: the text of its parameters (inside the parentheses) and its name (-1: anonymous). */
  fnParamsStart = -1;
  fnParamsEnd = -1;
  fnNameStart = -1;
  fnNameEnd = -1;
  /** An arrow function with an expression body read in this frame: its parameters and name. */
  arrowParamsStart = -1;
  arrowParamsEnd = -1;
  arrowNameStart = -1;
  arrowNameEnd = -1;
  /** The parameters of the function body and of the arrow, parsed when first looked up. */
  fnParamList: ParamBinding[] | null = null;
  arrowParamList: ParamBinding[] | null = null;
  /** Index of the nearest enclosing frame that holds a function's parameters, -1 when none. */
  fnOuter = -1;

  reset(open: number, openAt: number, parent: Frame | null, parentIndex: number): void {
    this.open = open;
    this.openAt = openAt;
    this.ctx = parent ? parent.bits() : 0;
    this.fnOuter = parent ? (parent.hasParams() ? parentIndex : parent.fnOuter) : -1;
    this.calleeStart = -1;
    this.calleeEnd = -1;
    this.calleeName = null;
    this.api = null;
    this.foreign = false;
    this.apiVia = null;
    this.via = false;
    this.params = false;
    this.argIndex = 0;
    this.apiArg = null;
    this.keyBits = 0;
    this.keySeen = false;
    this.nameStart = -1;
    this.nameEnd = -1;
    this.bindKind = 'var';
    this.targetSlot = null;
    this.declPending = false;
    this.declStart = -1;
    this.declEnd = -1;
    this.ternary = 0;
    this.fnParamsStart = -1;
    this.fnParamsEnd = -1;
    this.fnNameStart = -1;
    this.fnNameEnd = -1;
    this.arrowParamsStart = -1;
    this.arrowParamsEnd = -1;
    this.arrowNameStart = -1;
    this.arrowNameEnd = -1;
    this.fnParamList = null;
    this.arrowParamList = null;
  }

  bits(): number {
    return this.ctx || (this.apiArg ? this.keyBits : 0);
  }

  hasParams(): boolean {
    return this.fnParamsStart >= 0 || this.arrowParamsStart >= 0;
  }

  clearArrow(): void {
    this.arrowParamList = null;
    this.arrowParamsStart = -1;
    this.arrowParamsEnd = -1;
    this.arrowNameStart = -1;
    this.arrowNameEnd = -1;
  }
}
