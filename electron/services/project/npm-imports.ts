import { builtinModules } from 'node:module';
import { scanScript } from '../domains/script-scanner';
import { createSink } from '../domains/sites';

// What a mini program's code names as modules: the specifiers of require / import / export … from
// in scripts, and the component paths in page, component and app JSON. Pure text functions.
//
// Why regular expressions, not a parser: the check needs only string literals right after
// `require(`, `import(`, `import … from`, `export … from` and a bare `import`, which a regex finds
// exactly. A match that may sit in a comment (a `//` earlier on its line, an open `/*` before it) is
// decided by the domain scan's lexer (the one that knows strings, template and regex literals), run
// only up to that match; the others need no lexing at all. What a regex can mistake is such a
// statement written inside a string literal ("import x from 'y'" as text), which mini program code
// does not do; a parser would cost a dependency and a full parse of every file for that. Specifiers
// built at run time (`require(name)`) are not seen; a dynamic import of a package counts like a static one.

/** A module named by the code, and where (the offset of the statement in the file's text). */
export interface ModuleUse {
  specifier: string;
  offset: number;
}

/** `require('x')`, also in `import x = require('x')`; not `obj.require(…)` nor `__webpack_require__(…)`. */
const REQUIRE_CALL = /(?<![\w$.])require\s*\(\s*(['"`])([^'"`\n\\$]+)\1\s*\)/g;
/** `import('x')`, with or without import options. */
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(\s*(['"`])([^'"`\n\\$]+)\1\s*[,)]/g;
/**
 * `import x from 'x'`, `import { a, b as c } from 'x'` (over several lines), `import * as n from 'x'`,
 * `import 'x'`, `export * from 'x'`, `export { a } from 'x'`. Group 2 is set for `import type` /
 * `export type`, which the TypeScript compiler removes: they load nothing on the phone.
 */
const STATIC_IMPORT = /(?<![\w$.])(import|export)(\s+type\b)?\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(['"])([^'"\n\\]+)\3/g;

/** The modules a script loads (paths like './x' left out), leaving out what its comments mention. */
export function scriptModuleUses(text: string): ModuleUse[] {
  const found = moduleUsesIn(text).filter((use) => !use.specifier.startsWith('.') && !use.specifier.startsWith('/'));
  const mayBeInComment = commentGuard(text);
  const unsure = new Set(found.filter((use) => mayBeInComment(use.offset)));
  if (unsure.size === 0) return found;
  const comments: number[] = [];
  scanScript(text, createSink(), 0, Math.min(text.length, [...unsure].at(-1)!.offset + 1), comments);
  const inComment = (offset: number) => {
    for (let i = 0; i < comments.length; i += 2) if (offset >= comments[i]! && offset < comments[i + 1]!) return true;
    return false;
  };
  return found.filter((use) => !unsure.has(use) || !inComment(use.offset));
}

/**
 * For offsets that only grow: false when an offset cannot be inside a comment, true when the lexer
 * must decide. Cannot be: no `//` earlier on its line, and every `/*` before it (strings and all)
 * closed by a `*\/` before it; a real block comment ends at its first `*\/`, so the one holding
 * the offset would still be open. One forward pass over the text in all (minified one-line files too).
 */
function commentGuard(text: string): (offset: number) => boolean {
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  let slashes = text.indexOf('//');
  let opener = text.indexOf('/*');
  let closerOf = -1;
  let closer = -1;
  return (offset) => {
    while (nextNewline !== -1 && nextNewline < offset) {
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    if (slashes !== -1 && slashes < lineStart) slashes = text.indexOf('//', lineStart);
    if (slashes !== -1 && slashes < offset) return true;
    while (opener !== -1 && opener < offset) {
      if (closerOf !== opener) {
        closerOf = opener;
        closer = text.indexOf('*/', opener + 2);
      }
      if (closer === -1 || closer + 2 > offset) return true;
      opener = text.indexOf('/*', closer + 2);
    }
    return false;
  };
}

/** Every match in the text as it is, comments included, in order. */
function moduleUsesIn(code: string): ModuleUse[] {
  const uses: ModuleUse[] = [];
  for (const match of code.matchAll(REQUIRE_CALL)) uses.push({ specifier: match[2]!, offset: match.index });
  for (const match of code.matchAll(DYNAMIC_IMPORT)) uses.push({ specifier: match[2]!, offset: match.index });
  for (const match of code.matchAll(STATIC_IMPORT)) {
    if (!match[2]) uses.push({ specifier: match[4]!, offset: match.index });
  }
  return uses.sort((a, b) => a.offset - b.offset);
}

/** Cheap test before the comments are stripped: most files (pages with Page({…})) name no module at all. */
export function mayUseModules(text: string): boolean {
  return text.includes('require') || text.includes('import') || text.includes('export');
}

/**
 * The component paths a page, component or app JSON names: `usingComponents` values and the
 * `default` of each `componentGenerics` entry. Anything else in the file is not a module.
 */
export function componentPaths(json: unknown): string[] {
  if (!isObject(json)) return [];
  const paths: string[] = [];
  if (isObject(json.usingComponents)) {
    for (const value of Object.values(json.usingComponents)) if (typeof value === 'string') paths.push(value);
  }
  if (isObject(json.componentGenerics)) {
    for (const generic of Object.values(json.componentGenerics)) {
      if (isObject(generic) && typeof generic.default === 'string') paths.push(generic.default);
    }
  }
  return paths;
}

/** What an npm package name may look like (old packages may have capitals); anything else is no package. */
const PACKAGE_NAME = /^(?:@[a-z0-9~][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i;

/**
 * The npm package a bare specifier names, or null when it names none: relative (`./x`, `../x`, `.`)
 * and absolute (`/components/x`) paths, anything with a scheme (`plugin://…`, `node:fs`, `https://…`),
 * and text that is no package name. `dayjs/plugin/utc` → `dayjs`, `@vant/weapp/button/index` →
 * `@vant/weapp`. Whether the specifier is a project path after all (`utils/util`) is decided by
 * the caller, who knows the folders.
 */
export function packageNameOf(specifier: string): string | null {
  const spec = specifier.trim();
  if (spec === '' || spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('\\') || spec.includes(':')) return null;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? (parts.length >= 2 && parts[1] ? `${parts[0]}/${parts[1]}` : '') : parts[0]!;
  return PACKAGE_NAME.test(name) ? name : null;
}

/** The first path segment of a bare specifier, which a project folder of that name would take. */
export function firstSegment(specifier: string): string {
  return specifier.trim().split('/')[0]!;
}

const BUILTINS = new Set(builtinModules);

/** Node's own modules (`fs`, `path`): no phone has them and npm does not install them. */
export function isNodeBuiltin(name: string): boolean {
  return BUILTINS.has(name);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
