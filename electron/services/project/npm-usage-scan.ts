import path from 'node:path';
import { listSourceFiles, type SourceFile } from '../domains/file-walker';
import { PacedIo } from '../domains/paced-io';
import { SourceReader } from '../domains/source-reader';
import { stripComments } from '../domains/strip-comments';
import { FolderEntries } from './folder-entries';
import { componentPaths, firstSegment, mayUseModules, packageNameOf, scriptModuleUses } from './npm-imports';
import type { PackFilter } from './pack-ignore';
import { isJsonObject } from './read-json-file';

// Which npm packages the mini program's code uses: every require / import in its scripts and every
// component path in its JSON, minus what WeChat resolves inside the project first. Reads the code
// with the domain scan's walker and reader (page-cache-fast, paced), leaving out node_modules and
// miniprogram_npm (npm's own code) and what packOptions.ignore leaves out of the upload.

/** One place the code uses a package. */
export interface PackageUse {
  name: string;
  /** Relative to the project root, forward slashes. */
  file: string;
  line: number;
  /** The folder of the file, where WeChat starts looking. */
  dir: string;
}

export interface UsageScanOptions {
  projectRoot: string;
  miniprogramRoot: string;
  filter: PackFilter;
  /** app.json, for resolveAlias and useExtendedLib. */
  appJson: Record<string, unknown>;
  /** Shared with the caller, so each folder is listed once for the whole check. */
  entries: FolderEntries;
}

const SCRIPT_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts']);
/** npm code, not the project's: its own requires are npm's business. */
const NPM_FOLDERS = new Set(['miniprogram_npm', 'node_modules']);
/** Packages WeChat provides itself when app.json's useExtendedLib switches them on. */
const EXTENDED_LIBS: Record<string, string[]> = { weui: ['weui-miniprogram'], kbone: ['miniprogram-element', 'miniprogram-render'] };
const CONCURRENCY = 8;
/** `require('helper')` finds helper.js next to the file; a component "card" finds card.json. */
const SINGLE_FILE_EXTENSIONS = ['.js', '.ts', '.json'];

export async function scanPackageUses(options: UsageScanOptions): Promise<PackageUse[]> {
  const { projectRoot, miniprogramRoot } = options;
  const io = new PacedIo();
  const filter = withoutNpmFolders(options.filter);
  // Unreadable folders are reported by the size measurement; here they are only skipped.
  const files = (await listSourceFiles(projectRoot, miniprogramRoot, filter, [], io)).filter(isCodeOrJson);
  const isAlias = aliasMatcher(options.appJson.resolveAlias);
  const provided = extendedLibPackages(options.appJson.useExtendedLib);
  const { entries } = options;

  /** WeChat looks next to the file, then from the miniprogram root, before miniprogram_npm. */
  const isProjectPath = async (specifier: string, dir: string): Promise<boolean> => {
    const first = firstSegment(specifier);
    const single = !specifier.includes('/');
    for (const base of new Set([miniprogramRoot, dir])) {
      // "utils/util": a project folder "utils" takes it, whether or not the file itself is there.
      if (await entries.exists(path.join(base, first), single ? 'any' : 'folder')) return true;
      if (single) for (const ext of SINGLE_FILE_EXTENSIONS) if (await entries.exists(path.join(base, first + ext), 'file')) return true;
    }
    return false;
  };

  const uses: PackageUse[] = [];
  let next = 0;
  const worker = async () => {
    const reader = new SourceReader();
    while (next < files.length) {
      const file = files[next++]!;
      let text: string;
      try {
        text = (await io.read(file.abs, reader)).text;
        await io.pace();
      } catch {
        continue; // Vanished or unreadable: the project reader's other checks say so.
      }
      const dir = path.dirname(file.abs);
      const lines = new LineCounter(text);
      for (const { specifier, offset } of specifiersOf(file, text)) {
        const name = packageNameOf(specifier);
        if (!name || provided.has(name) || isAlias(specifier)) continue;
        if (await isProjectPath(specifier, dir)) continue;
        uses.push({ name, file: file.file, line: lines.lineAt(offset), dir });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return uses.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

function specifiersOf(file: SourceFile, text: string): Array<{ specifier: string; offset: number }> {
  if (file.abs.endsWith('.json')) {
    if (!text.includes('usingComponents') && !text.includes('componentGenerics')) return [];
    const json = parseLoosely(text);
    const offset = Math.max(0, text.indexOf('usingComponents'));
    const found = componentPaths(json).map((specifier) => ({ specifier, offset: Math.max(offset, text.indexOf(JSON.stringify(specifier))) }));
    return found.sort((a, b) => a.offset - b.offset);
  }
  if (!mayUseModules(text)) return [];
  return scriptModuleUses(text);
}

/** Page JSON is plain JSON, but DevTools tolerates comments in it: try again without them. */
function parseLoosely(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch {
    try {
      return JSON.parse(stripComments(body, 'script'));
    } catch {
      return null; // A broken page JSON fails the upload in its own words; it names no package here.
    }
  }
}

function isCodeOrJson(file: SourceFile): boolean {
  const ext = path.extname(file.abs).toLowerCase();
  return SCRIPT_EXTENSIONS.has(ext) || ext === '.json';
}

function withoutNpmFolders(filter: PackFilter): PackFilter {
  return {
    ignoresFile: (rel) => filter.ignoresFile(rel),
    ignoresFolder: (rel) => NPM_FOLDERS.has(rel.slice(rel.lastIndexOf('/') + 1)) || filter.ignoresFolder(rel),
  };
}

/** app.json resolveAlias: { "~/*": "/*", "@utils/*": "/utils/*" }; a specifier it maps is a project path. */
function aliasMatcher(resolveAlias: unknown): (specifier: string) => boolean {
  if (!isJsonObject(resolveAlias)) return () => false;
  const keys = Object.keys(resolveAlias);
  return (specifier) => keys.some((key) => (key.endsWith('*') ? specifier.startsWith(key.slice(0, -1)) : specifier === key));
}

function extendedLibPackages(useExtendedLib: unknown): Set<string> {
  const names = new Set<string>();
  if (!isJsonObject(useExtendedLib)) return names;
  for (const [lib, on] of Object.entries(useExtendedLib)) if (on) for (const name of EXTENDED_LIBS[lib] ?? []) names.add(name);
  return names;
}

/** Line numbers for offsets that only grow, counting each newline once. */
class LineCounter {
  private line = 1;
  private newline: number;

  constructor(private readonly text: string) {
    this.newline = text.indexOf('\n');
  }

  lineAt(offset: number): number {
    while (this.newline !== -1 && this.newline < offset) {
      this.line++;
      this.newline = this.text.indexOf('\n', this.newline + 1);
    }
    return this.line;
  }
}
