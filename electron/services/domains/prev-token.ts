// The kind of the token before the current one: it decides whether `/` starts a regex and
// whether `(` calls the name before it.

export const enum Prev {
  None,
  Ident,
  /** A keyword after which a `/` starts a regex (return, typeof, …). */
  Keyword,
  /** A keyword that cannot name a call (if, for, while, …). */
  Statement,
  /** The `function` keyword: the next `(` opens a parameter list. */
  FunctionKw,
  /** `=>`. */
  Arrow,
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

function isWord(text: string, start: number, len: number, word: string): boolean {
  return len === word.length && text.startsWith(word, start);
}

/** Classifies the identifier text[start, end) when it is a keyword that matters here. */
export function keywordKind(text: string, start: number, end: number): Prev.Ident | Prev.Keyword | Prev.Statement | Prev.FunctionKw | 'decl' {
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
      if (isWord(text, start, len, 'function')) return Prev.FunctionKw;
      return isWord(text, start, len, 'for') ? Prev.Statement : Prev.Ident;
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
