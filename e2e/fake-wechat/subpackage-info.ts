import type { SubpackageSize } from './types';

// What a real server would report as subpackage_info, reconstructed: the server splits the upload into one wxapkg
// per package. wxapkg uses the same layout as the uploaded pack (14-byte header, 4-byte count, 12 bytes + name per
// file, then the data), so each size here is the byte size of that package's wxapkg. Sourcemaps (pack.js leaves
// them out of its own "validSize" too) and /ci.signature are not code and are not counted.
// Names follow miniprogram-ci's own convention (originalCompiler.getPackageFiles): "__FULL__" for everything,
// "__APP__" for the main package, and each subpackage by its app.json root without the leading "/".

const FULL = '__FULL__';
const MAIN = '__APP__';
const WXAPKG_HEADER_BYTES = 14 + 4;
const WXAPKG_BYTES_PER_ENTRY = 12;

interface AppJsonSubpackage {
  root?: unknown;
}

function subpackageRoots(files: Map<string, Buffer>): string[] {
  const appJson = files.get('/app.json');
  if (!appJson) return [];
  try {
    const parsed = JSON.parse(appJson.toString('utf8')) as { subPackages?: unknown; subpackages?: unknown };
    const list = (Array.isArray(parsed.subPackages) ? parsed.subPackages : parsed.subpackages) as unknown;
    if (!Array.isArray(list)) return [];
    return (list as AppJsonSubpackage[])
      .map((entry) => entry.root)
      .filter((root): root is string => typeof root === 'string' && root.length > 0)
      .map((root) => root.replace(/^\//, ''));
  } catch {
    return [];
  }
}

const isCode = (name: string): boolean => name !== '/ci.signature' && !name.endsWith('.js.map');

function belongsTo(fileName: string, root: string): boolean {
  const prefix = `/${root.replace(/\/$/, '')}/`;
  return fileName.startsWith(prefix);
}

export function computeSubpackageInfo(files: Map<string, Buffer>): SubpackageSize[] {
  const roots = subpackageRoots(files);
  const sizes = new Map<string, number>([[FULL, WXAPKG_HEADER_BYTES], [MAIN, WXAPKG_HEADER_BYTES]]);
  for (const root of roots) sizes.set(root, WXAPKG_HEADER_BYTES);

  for (const [name, content] of files) {
    if (!isCode(name)) continue;
    const entryBytes = WXAPKG_BYTES_PER_ENTRY + Buffer.byteLength(name) + content.length;
    sizes.set(FULL, sizes.get(FULL)! + entryBytes);
    const owner = roots.find((root) => belongsTo(name, root)) ?? MAIN;
    sizes.set(owner, sizes.get(owner)! + entryBytes);
  }
  return [...sizes].map(([name, size]) => ({ name, size }));
}
