import path from 'node:path';

/** Problems name files with forward slashes on every platform. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** `inner` is `outer` or lies somewhere below it. */
export function isInsideOrSame(inner: string, outer: string): boolean {
  if (inner === outer) return true;
  const prefix = outer.endsWith(path.sep) ? outer : outer + path.sep;
  return inner.startsWith(prefix);
}

/** A path as written in a config ("./dist", "miniprogram/", "\\src") as a clean relative folder: "dist", "miniprogram", "src". */
export function normalizeConfigFolder(raw: string): string {
  return raw
    .trim()
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .join('/');
}

/** Relative path from the project root, forward slashes, for Problem.file. */
export function relativeToRoot(projectRoot: string, abs: string): string {
  return toPosix(path.relative(projectRoot, abs));
}
