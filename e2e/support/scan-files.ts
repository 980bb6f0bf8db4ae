import fs from 'node:fs';
import path from 'node:path';

/** Files under `root` changed since `since` (ms), up to `maxBytes` each, skipping what cannot be read. */
export function recentFiles(root: string, since: number, maxBytes = 4 * 1024 * 1024): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 8) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.isFile()) {
        try {
          const stat = fs.statSync(full);
          if (stat.mtimeMs >= since && stat.size <= maxBytes) found.push(full);
        } catch {
          // vanished meanwhile
        }
      }
    }
  };
  walk(root, 0);
  return found;
}

/** A file's bytes as text, or '' when it vanished (or became unreadable) since it was listed. */
export function readIfStillThere(file: string, encoding: BufferEncoding = 'utf8'): string {
  try {
    return fs.readFileSync(file).toString(encoding);
  } catch {
    return '';
  }
}

/** Which of `fragments` occur in `text`; empty when none. */
export function leaks(text: string, fragments: string[]): string[] {
  return fragments.filter((fragment) => text.includes(fragment));
}
