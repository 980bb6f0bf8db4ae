import fs from 'node:fs';
import path from 'node:path';

/** Total size of the regular files under a folder, counted independently of the app's own walker. */
export function folderBytes(folder: string, skip: (relative: string) => boolean = () => false): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (skip(path.relative(folder, full).split(path.sep).join('/'))) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) total += fs.statSync(full).size;
    }
  };
  walk(folder);
  return total;
}
