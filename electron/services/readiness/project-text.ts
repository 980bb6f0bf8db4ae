import path from 'node:path';
import { PacedIo } from '../domains/paced-io';
import { SourceReader } from '../domains/source-reader';
import { relativeToRoot } from '../project/project-paths';

// The few files the login and page checks read (app.js, the entry page, each page's WXML), read the
// way the domain scan reads: synchronously while the page cache answers fast, with a turn of the
// event loop every few milliseconds, so a project of thousands of pages freezes nothing.

export interface ProjectText {
  /** The file's text, or null when it is missing or unreadable (the project check reports those). */
  read(relToMiniprogram: string): Promise<{ text: string; file: string } | null>;
  /** How many files were read. */
  readonly count: number;
}

export function projectText(projectRoot: string, miniprogramRoot: string, io: PacedIo = new PacedIo()): ProjectText {
  const reader = new SourceReader();
  let count = 0;
  return {
    get count() {
      return count;
    },
    async read(rel) {
      const abs = path.join(miniprogramRoot, rel);
      try {
        const { text } = await io.read(abs, reader);
        count++;
        return { text, file: relativeToRoot(projectRoot, abs) };
      } catch {
        return null;
      } finally {
        await io.pace();
      }
    },
  };
}

/** Each of `rel + ext` that exists: a page's or the app's script, .js and .ts (a TypeScript project may hold both). */
export async function readEach(files: ProjectText, rel: string, exts: readonly string[]): Promise<Array<{ text: string; file: string }>> {
  const found: Array<{ text: string; file: string }> = [];
  for (const ext of exts) {
    const read = await files.read(rel + ext);
    if (read) found.push(read);
  }
  return found;
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
