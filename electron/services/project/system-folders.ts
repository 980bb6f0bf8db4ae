import os from 'node:os';
import path from 'node:path';

/**
 * Folders no project lives in, which a walk must never enter: the kernel's pseudo file systems
 * (/proc alone has a folder and two links per process), run-time state, and on macOS the system
 * volume and the mount point of every other disk. Compared by real path.
 */
const SYSTEM_FOLDERS = new Set(['/proc', '/sys', '/dev', '/run', '/System', '/Volumes']);
/** The same, by name wherever they are: Windows keeps one of each per drive. */
const SYSTEM_FOLDER_NAMES = new Set(['$Recycle.Bin', 'System Volume Information', 'lost+found']);

export function isSystemFolder(real: string): boolean {
  return SYSTEM_FOLDERS.has(real) || SYSTEM_FOLDER_NAMES.has(path.basename(real));
}

/**
 * 'root' for the root of a file system (/, C:\), 'home' for the user's home folder: drops too broad
 * to search, answered at once instead of walking thousands of folders. Real paths.
 */
export function tooBroad(real: string, homeReal: string): 'root' | 'home' | null {
  if (path.parse(real).root === real) return 'root';
  if (real === homeReal) return 'home';
  return null;
}

export function homeFolder(): string {
  return os.homedir();
}
