import type { Dirent } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../../shared/model';
import { describeFsError } from '../project/fs-errors';
import { followLink } from '../project/linked-folder';
import { mapLimit } from '../project/map-limit';
import type { PackFilter } from '../project/pack-ignore';
import { isInsideOrSame, relativeToRoot } from '../project/project-paths';
import { PacedIo } from './paced-io';

export type SourceKind = 'script' | 'markup';

export interface SourceFile {
  abs: string;
  /** Relative to the project root, forward slashes: what evidence and problems name. */
  file: string;
  kind: SourceKind;
}

const KIND_BY_EXTENSION: Record<string, SourceKind> = {
  '.js': 'script',
  '.mjs': 'script',
  '.cjs': 'script',
  '.ts': 'script',
  '.wxs': 'script',
  '.json': 'script',
  '.wxml': 'markup',
};

/**
 * Tooling files, not run by the app: package-lock.json alone lists a registry URL per package.
 * (miniprogram_npm/ is scanned: npm code calls hosts too, e.g. a map SDK calling apis.map.qq.com.)
 */
const SKIPPED_FILES = new Set([
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'jsconfig.json',
  'project.config.json',
  'project.private.config.json',
]);

const SKIPPED_FOLDERS = new Set(['node_modules']);

const READDIR_CONCURRENCY = 8;

interface Folder {
  abs: string;
  real: string;
  /** Relative to the miniprogram root, '' for the root. */
  rel: string;
}

/**
 * The source files under the miniprogram root that the scan reads: .js .mjs .cjs .ts (not .d.ts)
 * .wxs .json .wxml, leaving out what packOptions.ignore leaves out, node_modules, dot-folders and
 * dot-files. Folder links are followed once (loops are skipped), links out of the project never. Sorted by path.
 */
export async function listSourceFiles(
  projectRoot: string,
  miniprogramRoot: string,
  filter: PackFilter,
  problems: Problem[],
  io: PacedIo = new PacedIo(),
): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const visited = new Set<string>();
  const rootReal = await realpath(miniprogramRoot).catch(() => miniprogramRoot);
  visited.add(rootReal);
  let level: Folder[] = [{ abs: miniprogramRoot, real: rootReal, rel: '' }];
  const projectReal = await realpath(projectRoot).catch(() => projectRoot);
  // A code folder reached through a link out of the project is the project reader's blocker: not read here.
  if (!isInsideOrSame(rootReal, projectReal)) return [];

  while (level.length > 0) {
    const next = await mapLimit(level, READDIR_CONCURRENCY, async (folder): Promise<Folder[]> => {
      let entries: Dirent[];
      try {
        entries = await io.readdir(folder.abs);
        await io.pace();
      } catch (error) {
        problems.push({ code: 'project.unreadable', severity: 'warning', file: relativeToRoot(projectRoot, folder.abs), detail: describeFsError(error) });
        return [];
      }
      const children: Folder[] = [];
      for (const entry of entries) {
        const name = entry.name;
        if (name.startsWith('.')) continue;
        const abs = path.join(folder.abs, name);
        const rel = folder.rel ? `${folder.rel}/${name}` : name;
        if (entry.isDirectory()) {
          if (SKIPPED_FOLDERS.has(name) || filter.ignoresFolder(rel)) continue;
          const real = path.join(folder.real, name);
          if (visited.has(real)) continue;
          visited.add(real);
          children.push({ abs, real, rel });
          continue;
        }
        if (entry.isSymbolicLink()) {
          // Links out of the project, loops and links to FIFOs or devices are reported by the project
          // reader; here they are only skipped, and what they lead to is never read.
          const target = await followLink(abs, folder.real, projectReal);
          if (target.kind === 'folder') {
            if (!SKIPPED_FOLDERS.has(name) && !visited.has(target.real) && !filter.ignoresFolder(rel)) {
              visited.add(target.real);
              children.push({ abs, real: target.real, rel });
            }
            continue;
          }
          if (target.kind !== 'file') continue;
        } else if (!entry.isFile()) {
          continue;
        }
        const kind = sourceKind(name);
        if (kind && !filter.ignoresFile(rel)) files.push({ abs, file: relativeToRoot(projectRoot, abs), kind });
      }
      return children;
    });
    level = next.flat();
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function sourceKind(name: string): SourceKind | null {
  if (SKIPPED_FILES.has(name) || name.endsWith('.d.ts')) return null;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return KIND_BY_EXTENSION[name.slice(dot).toLowerCase()] ?? null;
}
