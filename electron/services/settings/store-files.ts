import fs from 'node:fs';
import path from 'node:path';

/** Store files hold settings and key ciphertext: readable and writable by the operator's account only. */
export const STORE_FILE_MODE = 0o600;

/**
 * conf (and electron-store on top of it) writes through `atomically`: the new content goes to
 * `<file>.tmp-<10 timestamp digits><6 hex digits>` beside the store, which is then renamed over it
 * (atomically 2, dist/utils/temp.js). A crash between the two leaves that file behind, with a
 * full copy of the store in it. Names over 128 characters are truncated there; ours are short.
 */
const TEMP_SUFFIX = /^\.tmp-\d{10}[0-9a-f]{6}$/;

/** Whether `name`, in the store's folder, is a temp file of the store file named `storeName`. */
export function isStaleTempOf(name: string, storeName: string): boolean {
  return name.startsWith(storeName) && TEMP_SUFFIX.test(name.slice(storeName.length));
}

/**
 * Run before a store is opened: removes the temp files a crash left beside this store (only
 * this store's, nothing else in the folder), and narrows an existing file written by an older
 * version to 0600. Safe because one process owns the folder: Electron's single-instance lock,
 * and one data folder per harness; conf writes synchronously, so no write of ours is in flight.
 */
export function tidyStoreFile(filePath: string): string[] {
  const dir = path.dirname(filePath);
  const storeName = path.basename(filePath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return []; // No folder yet: nothing to tidy, conf creates it.
  }
  const removed: string[] = [];
  for (const name of names.filter((candidate) => isStaleTempOf(candidate, storeName))) {
    const stale = path.join(dir, name);
    if (!fs.lstatSync(stale).isFile()) continue;
    fs.rmSync(stale, { force: true });
    removed.push(stale);
  }
  if (fs.existsSync(filePath)) fs.chmodSync(filePath, STORE_FILE_MODE);
  return removed;
}
