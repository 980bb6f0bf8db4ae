// Follows the flows every file recorded (sites.ts ScanShared) from a slot to the wx calls its
// value reaches: `BASE` → `login` → `wx.request({ url: API.login })`, or `get('https://…')` →
// get's parameter → request's parameter → `wx.request({ url })`. Memoised; a cycle adds nothing.

import { TYPE_BIT, type ScanShared, type ShortUse } from './sites';
import { isApiBaseName, isDataCallee, paramSlot, parseParamSlot } from './slots';

/** Flows followed from one slot: aliases of aliases of aliases are rare, loops are not. */
const MAX_DEPTH = 12;

/** The slot of property `prop` of the value in `slot`: a parameter's own slot, or "slot\0prop" for a name. */
export function propSlot(slot: string, prop: string): string {
  return slot.startsWith('p\u0000') && slot.endsWith('\u0000') ? slot + prop : `${slot}\u0000${prop}`;
}

export class FlowGraph {
  private readonly values = new Map<string, number>();
  private readonly props = new Map<string, number>();

  constructor(private readonly shared: ScanShared) {}

  /** Bits of the wx calls (and media uses) the value held in `slot` reaches. */
  valueBits(slot: string, depth = 0): number {
    const known = this.values.get(slot);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) return 0;
    this.values.set(slot, 0);
    let bits = this.shared.uses.get(slot) ?? 0;
    const param = parseParamSlot(slot);
    if (param && param.prop !== '') {
      // A client's base address handed to a function we cannot follow (`axios.create({ baseURL })`):
      // the README's config rule.
      if (isApiBaseName(param.prop) && !isDataCallee(param.fn)) bits |= TYPE_BIT.request;
      bits |= this.propBits(paramSlot(param.fn, param.index, ''), param.prop, depth + 1);
    }
    for (const target of this.shared.flows.get(slot) ?? []) bits |= this.valueBits(target, depth + 1);
    this.values.set(slot, bits);
    return bits;
  }

  /** Bits of the wx calls that property `prop` of the object held in `slot` reaches. */
  propBits(slot: string, prop: string, depth = 0): number {
    const key = `${slot}\u0000\u0000${prop}`;
    const known = this.props.get(key);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) return 0;
    this.props.set(key, 0);
    // A parameter's own property slot is read by valueBits; a name's is "name\0prop".
    let bits = slot.startsWith('p\u0000') ? 0 : (this.shared.uses.get(propSlot(slot, prop)) ?? 0);
    for (const target of this.shared.flows.get(slot) ?? []) {
      const param = parseParamSlot(target);
      if (!param) bits |= this.propBits(target, prop, depth + 1);
      else if (param.prop === '') bits |= this.valueBits(paramSlot(param.fn, param.index, prop), depth + 1);
    }
    this.props.set(key, bits);
    return bits;
  }

  /** Bits of the uses of a short variable declared in the bracket at `scope` (-1: top level) of `file`. */
  shortBits(file: string, name: string, scope: number): number {
    const uses: ShortUse[] | undefined = this.shared.shortUses.get(`${file}\u0000${name}`);
    let bits = 0;
    for (const use of uses ?? []) if (scope === -1 || use.scopes.includes(scope)) bits |= use.bits;
    return bits;
  }
}
