import type { PackageSizeInfo } from '../../../shared/jobs';

// The size of each package of a compiled Mini Program, from getCompiledResult's files, in the job
// process (the files stay there; only the numbers cross IPC). Named as an upload's sizes are:
// '__FULL__' for everything, '__APP__' for the main package, each subpackage by its app.json root
// as written, without a leading '/'. Each package is counted as a wxapkg lays it out (WeChat
// splits an upload into one per package): an 18-byte header, then per file 12 bytes and its name
// ("/pages/x.js"), then the data. Sourcemaps are not counted (getCompiledResult leaves them out
// unless asked). e2e/fake-wechat/subpackage-info.ts reconstructs the server's subpackage_info the
// same way; job-runner.offline-checks.test.ts compares the two on a real upload.

export const FULL_PACKAGE = '__FULL__';
export const MAIN_PACKAGE = '__APP__';
const WXAPKG_HEADER_BYTES = 18;
const WXAPKG_BYTES_PER_ENTRY = 12;

/** The subpackage roots of the compiled app.json, as written minus a leading '/'; [] without one. */
function subpackageRoots(appJson: string | Buffer | undefined): string[] {
  if (appJson === undefined) return [];
  try {
    const parsed = JSON.parse(appJson.toString()) as { subpackages?: unknown; subPackages?: unknown };
    const list = Array.isArray(parsed.subpackages) ? parsed.subpackages : Array.isArray(parsed.subPackages) ? parsed.subPackages : [];
    return (list as Array<{ root?: unknown }>)
      .map((entry) => entry?.root)
      .filter((root): root is string => typeof root === 'string' && root.replace(/^\/+|\/+$/g, '') !== '')
      .map((root) => root.replace(/^\/+/, ''));
  } catch {
    return [];
  }
}

/** The package a file belongs to: the subpackage whose folder holds it, else the main package. */
function ownerOf(file: string, roots: readonly string[]): string {
  return roots.find((root) => file.startsWith(`${root.replace(/\/+$/, '')}/`)) ?? MAIN_PACKAGE;
}

export function compiledPackageSizes(files: Readonly<Record<string, string | Buffer>>): { packages: PackageSizeInfo[]; fileCount: number } {
  const roots = subpackageRoots(files['app.json']);
  const sizes = new Map<string, number>([[FULL_PACKAGE, WXAPKG_HEADER_BYTES], [MAIN_PACKAGE, WXAPKG_HEADER_BYTES]]);
  for (const root of roots) sizes.set(root, WXAPKG_HEADER_BYTES);
  let fileCount = 0;
  for (const [file, content] of Object.entries(files)) {
    if (file.endsWith('.js.map')) continue;
    const entryBytes = WXAPKG_BYTES_PER_ENTRY + Buffer.byteLength(`/${file}`) + (typeof content === 'string' ? Buffer.byteLength(content) : content.length);
    sizes.set(FULL_PACKAGE, sizes.get(FULL_PACKAGE)! + entryBytes);
    const owner = ownerOf(file, roots);
    sizes.set(owner, sizes.get(owner)! + entryBytes);
    fileCount++;
  }
  return { packages: [...sizes].map(([name, bytes]) => ({ name, bytes })), fileCount };
}
