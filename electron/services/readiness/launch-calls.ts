import { ScriptLexer } from '../domains/script-lexer';
import { createSink } from '../domains/sites';
import { objectBefore } from '../precheck/privacy-lexer';

// What a script does as it starts: the navigation and profile calls it makes (wx / uni / Taro), each
// with the names of the functions it sits in, and which of its own functions each function calls.
// The domain scan's lexer already tracks function bodies and their names (`onLaunch() {`,
// `onLaunch: function () {`, `onLaunch: () => {`); this subclass reads them where a call is made.
// The caller decides which names are entry points (onLaunch, onLoad, …) and follows the calls from
// there, so `onLaunch() { this.checkLogin() }` reaches the redirect inside checkLogin.

const API_OBJECTS = new Set(['wx', 'uni', 'Taro']);
const NAVIGATION = new Set(['redirectTo', 'reLaunch', 'navigateTo', 'switchTab']);
const PROFILE = new Set(['getUserProfile', 'getUserInfo']);
/** What a page or the app calls its own methods through: `this.checkLogin()`, `that.goLogin()`. */
const SELF_OBJECTS = new Set(['this', 'that', 'self', '_this', 'me']);

export interface ApiCall {
  kind: 'navigation' | 'profile';
  /** `wx.reLaunch`. */
  api: string;
  offset: number;
  /** The url argument as written: a string literal's text, else the expression (trimmed); '' when not found. */
  url: string;
  /** Whether `url` is a literal's text (a path), not an expression. */
  urlLiteral: boolean;
  /** Names of the enclosing functions, innermost first; [] at module level. */
  within: string[];
}

export interface LaunchCalls {
  calls: ApiCall[];
  /** Function name → the names of the functions it calls (bare or through this / that). */
  callees: Map<string, Set<string>>;
  /** Functions called from module level. */
  moduleCallees: Set<string>;
}

/** `({ url: '/pages/login/login' })` after the method: the literal, or the expression up to `,` or `}`. */
const URL_ARGUMENT = /^\s*\(\s*\{[^]{0,300}?\burl\s*:\s*(?:(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1|([^,}\n]+))/;
const URL_WINDOW = 400;

function urlAfter(text: string, end: number): { url: string; urlLiteral: boolean } {
  const match = URL_ARGUMENT.exec(text.slice(end, end + URL_WINDOW));
  return { url: (match?.[2] ?? match?.[3] ?? '').trim(), urlLiteral: match?.[2] !== undefined };
}

function dotBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  return text.charCodeAt(i) === 46;
}

class LaunchLexer extends ScriptLexer {
  readonly calls: ApiCall[] = [];
  readonly callees = new Map<string, Set<string>>();
  readonly moduleCallees = new Set<string>();
  /** Calls recorded at a `(` that turned out to open a function's parameters: `checkLogin() {`. */
  private readonly callAt = new Map<number, { from: Array<Set<string>>; name: string }>();

  /** The names of the functions around the current position, innermost first. */
  private within(): string[] {
    const names: string[] = [];
    let k = this.top.hasParams() ? this.depth : this.top.fnOuter;
    while (k >= 0) {
      const frame = this.frames[k]!;
      const start = frame.fnParamsStart >= 0 ? frame.fnNameStart : frame.arrowNameStart;
      const end = frame.fnParamsStart >= 0 ? frame.fnNameEnd : frame.arrowNameEnd;
      if (start >= 0) names.push(this.text.slice(start, end));
      k = frame.fnOuter;
    }
    return names;
  }

  protected override identifier(start: number, end: number): void {
    const name = this.text.slice(start, end);
    const kind = NAVIGATION.has(name) ? 'navigation' : PROFILE.has(name) ? 'profile' : null;
    if (kind) {
      const object = objectBefore(this.text, start);
      if (object !== null && API_OBJECTS.has(object)) {
        const url = kind === 'navigation' ? urlAfter(this.text, end) : { url: '', urlLiteral: false };
        this.calls.push({ kind, api: `${object}.${name}`, offset: start, ...url, within: this.within() });
      }
    }
    super.identifier(start, end);
  }

  protected override openParen(i: number): void {
    super.openParen(i);
    const frame = this.top;
    if (frame.params || frame.calleeStart < 0) return;
    const start = frame.calleeStart;
    if (dotBefore(this.text, start) && !SELF_OBJECTS.has(objectBefore(this.text, start) ?? '')) return;
    const name = this.text.slice(start, frame.calleeEnd);
    const within = this.within();
    // From every function around the call: a callback's call runs when its outer function runs.
    const from = (within.length === 0 ? [this.moduleCallees] : within.map((outer) => this.calleesOf(outer))).filter((set) => !set.has(name));
    if (from.length === 0) return;
    for (const set of from) set.add(name);
    this.callAt.set(start, { from, name });
  }

  protected override openBrace(i: number): void {
    super.openBrace(i);
    // A method body: the `name(` before it was its definition, not a call.
    const defined = this.callAt.get(this.top.fnNameStart);
    if (this.top.fnParamsStart >= 0 && defined) for (const set of defined.from) set.delete(defined.name);
  }

  private calleesOf(name: string): Set<string> {
    let set = this.callees.get(name);
    if (!set) {
      set = new Set();
      this.callees.set(name, set);
    }
    return set;
  }
}

export function findLaunchCalls(text: string): LaunchCalls {
  const lexer = new LaunchLexer(text, createSink(), 0, text.length, null);
  lexer.run();
  return { calls: lexer.calls, callees: lexer.callees, moduleCallees: lexer.moduleCallees };
}

/**
 * The calls that run when the script starts: at module level, in one of the `entryPoints`, or in a
 * function those call (to any depth). Same-named functions are not told apart: a page's methods
 * share one namespace, which is how `this.name()` finds them anyway.
 */
export function callsOnStart(found: LaunchCalls, entryPoints: readonly string[]): ApiCall[] {
  const reached = new Set<string>([...entryPoints, ...found.moduleCallees]);
  const queue = [...reached];
  while (queue.length > 0) {
    for (const callee of found.callees.get(queue.pop()!) ?? []) {
      if (reached.has(callee)) continue;
      reached.add(callee);
      queue.push(callee);
    }
  }
  return found.calls.filter((call) => call.within.length === 0 || call.within.some((name) => reached.has(name)));
}
