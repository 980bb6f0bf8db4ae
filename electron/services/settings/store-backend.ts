import fs from 'node:fs';
import type { Problem } from '../../../shared/model';
import { tidyStoreFile } from './store-files';

/**
 * The part of electron-store / conf the repositories use. electron-store runs in the app,
 * conf (the library electron-store is built on) in tests and the browser harness; both
 * write atomically.
 */
export interface StoreBackend<T extends Record<string, unknown>> {
  get<K extends keyof T>(key: K): T[K] | undefined;
  set<K extends keyof T>(key: K, value: T[K]): void;
}

export interface OpenedStore<T extends Record<string, unknown>> {
  store: StoreBackend<T>;
  /** Where an unreadable file was moved, so nothing is lost and the operator can be told. */
  quarantinedTo: string | null;
}

/**
 * Opens a store, after removing the temp files a crash left (store-files.ts). When its file
 * cannot be parsed (a crash mid-write on a file system without atomic rename, a hand edit),
 * moves the file aside and starts afresh instead of refusing to start the app.
 */
export function openStoreSafely<T extends Record<string, unknown>>(
  filePath: string,
  open: () => StoreBackend<T>,
  now: () => Date = () => new Date(),
): OpenedStore<T> {
  tidyStoreFile(filePath);
  try {
    return { store: open(), quarantinedTo: null };
  } catch (error) {
    if (!fs.existsSync(filePath)) throw error;
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const quarantinedTo = `${filePath}.corrupt-${stamp}`;
    fs.renameSync(filePath, quarantinedTo);
    return { store: open(), quarantinedTo };
  }
}

/** The notice for a store file that had to be set aside, naming where its bytes were kept. */
export function quarantineNotice(opened: OpenedStore<Record<string, unknown>>): Problem | null {
  return opened.quarantinedTo
    ? { code: 'app.settings-recovered', severity: 'warning', detail: `moved to ${opened.quarantinedTo}` }
    : null;
}
