import { builtinModules } from 'node:module';

// What a mini program's code names as modules: the specifiers of require / import / export … from
// in scripts, and the component paths in page, component and app JSON. Pure text functions.
//
// Why regular expressions over comment-stripped code, not a parser: the check needs only string
// literals right after `require(`, `import(`, `import … from`, `export … from` and a bare `import`,
// which a regex finds exactly once comments are gone (the domain scan's lexer blanks them:
// stripComments). What a regex can mistake is such a statement written inside a string literal
// ("import x from 'y'" as text), which real mini program code does not do; a parser would cost a
// dependency and a full parse of every file for that. Specifiers built at run time (`require(name)`)
// are not seen, and a dynamic import of a package is seen like a static one.

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

/** The modules a script loads. `code` must have its comments blanked (stripComments keeps offsets). */
export function scriptModuleUses(code: string): ModuleUse[] {
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
