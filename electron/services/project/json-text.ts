// A strict JSON scanner over raw text. JSON.parse gives values but no positions, and V8's
// error messages only sometimes carry one, so problems that point at file:line come from here.

export type JsonPath = ReadonlyArray<string | number>;

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like the text itself. */
  column: number;
}

export function positionAt(text: string, index: number): TextPosition {
  const end = Math.max(0, Math.min(index, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

class ScanError extends Error {
  constructor(readonly index: number) {
    super(`JSON syntax error at ${index}`);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters inside strings, so the pattern must name them.
// eslint-disable-next-line no-control-regex
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/** Told where each value starts (for an object member, where its key starts, which is what a reader looks for). */
type ValueVisitor = (path: JsonPath, start: number) => void;

/** Walks the text as JSON, telling `visit` (when given) where every value starts. */
class Scanner {
  private i = 0;
  private readonly path: Array<string | number> = [];

  constructor(
    private readonly text: string,
    private readonly visit?: ValueVisitor,
  ) {}

  run(): void {
    this.value();
    this.skipWhitespace();
    if (this.i < this.text.length) throw new ScanError(this.i);
  }

  private skipWhitespace(): void {
    while (this.i < this.text.length && WHITESPACE.has(this.text[this.i]!)) this.i++;
  }

  private mark(start: number): void {
    this.visit?.(this.path, start);
  }

  private value(): void {
    this.skipWhitespace();
    const start = this.i;
    if (this.path.length === 0 || typeof this.path[this.path.length - 1] === 'number') this.mark(start);
    const ch = this.text[this.i];
    if (ch === '{') this.object();
    else if (ch === '[') this.array();
    else if (ch === '"') this.string();
    else if (ch === 't') this.literal('true');
    else if (ch === 'f') this.literal('false');
    else if (ch === 'n') this.literal('null');
    else this.number();
  }

  private object(): void {
    this.i++;
    this.skipWhitespace();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.i] !== '"') throw new ScanError(this.i);
      const keyStart = this.i;
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.i] !== ':') throw new ScanError(this.i);
      this.i++;
      this.path.push(key);
      this.mark(keyStart);
      this.value();
      this.path.pop();
      this.skipWhitespace();
      const next = this.text[this.i];
      this.i++;
      if (next === '}') return;
      if (next !== ',') throw new ScanError(this.i - 1);
    }
  }

  private array(): void {
    this.i++;
    this.skipWhitespace();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.path.push(index);
      this.value();
      this.path.pop();
      this.skipWhitespace();
      const next = this.text[this.i];
      this.i++;
      if (next === ']') return;
      if (next !== ',') throw new ScanError(this.i - 1);
    }
  }

  private string(): string {
    const start = this.i;
    STRING_BODY.lastIndex = start + 1;
    STRING_BODY.exec(this.text);
    const end = STRING_BODY.lastIndex;
    if (this.text[end] !== '"') throw new ScanError(end);
    this.i = end + 1;
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }

  private literal(word: string): void {
    for (let k = 0; k < word.length; k++) {
      if (this.text[this.i + k] !== word[k]) throw new ScanError(this.i + k);
    }
    this.i += word.length;
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    if (NUMBER.test(this.text)) {
      this.i = NUMBER.lastIndex;
      // "1." or "1e" match as "1"; blame the dangling part, as V8 does.
      const next = this.text[this.i];
      if (next === '.' || next === 'e' || next === 'E') throw new ScanError(this.danglingNumberEnd(this.i + 1));
      return;
    }
    throw new ScanError(this.text[this.i] === '-' ? this.i + 1 : this.i);
  }

  private danglingNumberEnd(from: number): number {
    let k = from;
    if (this.text[k] === '+' || this.text[k] === '-') k++;
    return k;
  }
}

/** Index of the first character that makes the text invalid JSON, or -1 when it is valid. */
export function jsonErrorIndex(text: string): number {
  try {
    new Scanner(text).run();
    return -1;
  } catch (error) {
    if (error instanceof ScanError) return error.index;
    return -1;
  }
}

function scan(text: string, visit: ValueVisitor): void {
  try {
    new Scanner(text, visit).run();
  } catch {
    // Whatever was found before a syntax error is still a real position.
  }
}

/** Where the value at `path` sits in valid JSON text (for object members: the key), if anywhere. */
export function locateJsonPath(text: string, path: JsonPath): TextPosition | undefined {
  let found: number | undefined;
  scan(text, (at, start) => {
    if (found === undefined && at.length === path.length && path.every((part, k) => part === at[k])) found = start;
  });
  return found === undefined ? undefined : positionAt(text, found);
}

/** The line of `path` in the text, for problems that point at file:line. */
export function lineOfJsonPath(text: string, path: JsonPath): number | undefined {
  return locateJsonPath(text, path)?.line;
}

/** Lines of many paths in one text, each found in constant time after one pass over the text. */
export interface JsonLineIndex {
  lineOf(path: JsonPath): number | undefined;
}

/** A path as a map key: a value's parent is either an array or an object, so 0 and "0" never meet. */
const pathKey = (path: JsonPath) => path.join('\u0000');

/**
 * Scans the text once and remembers where every value down to `maxDepth` starts. Looking up each
 * page of a 16,000-page app.json with lineOfJsonPath would scan the text 16,000 times.
 */
export function indexJsonLines(text: string, maxDepth: number): JsonLineIndex {
  const starts = new Map<string, number>();
  scan(text, (path, start) => {
    if (path.length > maxDepth) return;
    const key = pathKey(path);
    // The first of duplicate keys, as locateJsonPath finds it.
    if (!starts.has(key)) starts.set(key, start);
  });
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return {
    lineOf(path) {
      const start = starts.get(pathKey(path));
      return start === undefined ? undefined : lineAt(lineStarts, start);
    },
  };
}

/** 1-based line of `index`, by binary search over the offsets where lines start. */
function lineAt(lineStarts: readonly number[], index: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
