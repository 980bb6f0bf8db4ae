import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export type EntryKind = 'file' | 'folder' | 'other';

/**
 * "Is there a file or folder here?" for many paths in few folders: each folder is listed once and
 * the answers come from the listing. The npm check asks this for every package a file names, in
 * every folder above it (node_modules/x, miniprogram_npm/x, utils/…); one readdir per folder costs
 * less than several stats per question. A link counts as both a file and a folder (it is not
 * followed): a project path must never be taken for a missing package.
 */
export class FolderEntries {
  private readonly listings = new Map<string, Promise<Map<string, EntryKind | 'link'> | null>>();

  async exists(abs: string, want: 'any' | 'file' | 'folder' = 'any'): Promise<boolean> {
    const parent = path.dirname(abs);
    if (parent === abs) return true;
    const entries = await this.list(parent);
    const kind = entries?.get(path.basename(abs));
    if (!kind) return false;
    return want === 'any' || kind === 'link' || kind === want;
  }

  private list(dir: string): Promise<Map<string, EntryKind | 'link'> | null> {
    let listing = this.listings.get(dir);
    if (!listing) {
      listing = readdir(dir, { withFileTypes: true }).then(
        (entries: Dirent[]) => new Map(entries.map((entry) => [entry.name, entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other'] as const)),
        () => null,
      );
      this.listings.set(dir, listing);
    }
    return listing;
  }
}
