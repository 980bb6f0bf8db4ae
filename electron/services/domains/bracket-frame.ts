import type { ApiSpec } from './wx-api-calls';

/** One open bracket. Reused from a pool: a minified bundle opens millions. */
export class Frame {
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
