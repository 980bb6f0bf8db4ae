// What the bracket stack says about the place of a literal or an identifier: the call whose
// argument it is (as a parameter slot), the names its value is bound to, the scopes around it.

import { BracketTracker } from './bracket-tracker';
import { OPEN_BRACE, OPEN_PAREN } from './js-chars';
import type { BindKind } from './sites';
import { isBuiltinCallee, paramSlot } from './slots';

/** Where a literal sits: what the lexer can tell about it when it holds a URL. */
export interface SiteContext {
  names: string[];
  bindKind: BindKind | null;
  scope: number;
  call: string | null;
  foreign: boolean;
}

/** A function name shorter than this is a minifier's: calls of it are not followed. */
const MIN_CALLEE_LENGTH = 3;
const NO_NAMES: string[] = [];

export class CallContext extends BracketTracker {
  /** Set by callSlotAt: the call is another platform's (or a wx call that reaches nothing), or a known wx call. */
  protected callForeign = false;
  protected callApi = false;

  /**
   * The parameter slot of the call whose argument list holds frame `index`: directly, or as a key
   * of an object argument (`key` names it for a shorthand `{ url }`; '' for a spread `{ ...options }`).
   * null when there is none; callForeign / callApi then say why.
   */
  protected callSlotAt(index: number, key: string | null): string | null {
    this.callForeign = false;
    this.callApi = false;
    const frame = this.frames[index]!;
    let parenIndex = index;
    let prop = '';
    if (frame.open === OPEN_BRACE && index > 0 && this.frames[index - 1]!.open === OPEN_PAREN) {
      parenIndex = index - 1;
      prop = key ?? (frame.nameStart >= 0 ? this.slice(frame.nameStart, frame.nameEnd) : '');
      if (prop === '' && key === null) {
        this.callForeign = this.frames[parenIndex]!.foreign;
        return null;
      }
    } else if (frame.open !== OPEN_PAREN) {
      return null;
    }
    // `request(Object.assign({}, options, { url }))`: what Object.assign merges is request's argument.
    while (this.frames[parenIndex]!.via) parenIndex--;
    const paren = this.frames[parenIndex]!;
    this.callForeign = paren.foreign;
    this.callApi = !!(paren.api || paren.apiVia);
    if (paren.foreign || this.callApi || paren.params || paren.calleeStart < 0 || paren.calleeEnd - paren.calleeStart < MIN_CALLEE_LENGTH) return null;
    paren.calleeName ??= this.slice(paren.calleeStart, paren.calleeEnd);
    if (isBuiltinCallee(paren.calleeName)) return null;
    return paramSlot(paren.calleeName, paren.argIndex, prop);
  }

  /** What the code around the current literal says; asked only for literals that hold a URL. */
  siteContext(): SiteContext {
    const slot = this.callSlotAt(this.depth, null);
    const foreign = this.callForeign;
    const names: string[] = [];
    let bindKind: BindKind | null = null;
    let scope = -1;
    for (let k = this.depth; k >= 0 && names.length < 4; k--) {
      const frame = this.frames[k]!;
      if (frame.nameStart >= 0) {
        if (names.length === 0) {
          bindKind = frame.bindKind;
          scope = frame.openAt;
        }
        names.push(this.slice(frame.nameStart, frame.nameEnd));
      }
      // A call or a function body ends what the value is bound to.
      if ((frame.open === OPEN_PAREN && (frame.calleeStart >= 0 || frame.api)) || frame.fnParamsStart >= 0) break;
    }
    return { names: names.length ? names : NO_NAMES, bindKind, scope, call: slot, foreign };
  }

  /** Offsets of every bracket open around the current token, for the scope of a short name. */
  protected scopes(): number[] {
    const scopes = new Array<number>(this.depth + 1);
    for (let k = 0; k <= this.depth; k++) scopes[k] = this.frames[k]!.openAt;
    return scopes;
  }

}
