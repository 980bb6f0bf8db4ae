import fs from 'node:fs';
import path from 'node:path';

/**
 * Shifts the log files by one: app.log → app.1.log, app.1.log → app.2.log, …, and the one that
 * would become app.<keep+1>.log is deleted. If a rename fails (a file held open on Windows),
 * the current file is left to grow rather than lose lines; the next write tries again.
 */
export function rotateLogFiles(file: string, keep: number): void {
  const { dir, name, ext } = path.parse(file);
  const numbered = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  try {
    fs.rmSync(numbered(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
    }
    if (keep > 0) fs.renameSync(file, numbered(1));
    else fs.rmSync(file, { force: true });
  } catch {
    // Left as it is; see above.
  }
}

/** The rotated files that exist, newest first (app.1.log, app.2.log, …). */
export function rotatedLogFiles(file: string): string[] {
  const { dir, name, ext } = path.parse(file);
  const found: string[] = [];
  for (let n = 1; fs.existsSync(path.join(dir, `${name}.${n}${ext}`)); n++) found.push(path.join(dir, `${name}.${n}${ext}`));
  return found;
}
