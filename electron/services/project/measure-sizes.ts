import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../../../shared/format';
import { SIZE_LIMITS } from '../../../shared/limits';
import type { PackageSize, Problem, ProjectSizes } from '../../../shared/model';
import { describeFsError } from './fs-errors';
import { linkedFolder } from './linked-folder';
import { mapLimit } from './map-limit';
import { createPackFilter, type PackFilter } from './pack-ignore';
import { relativeToRoot } from './project-paths';

export interface MeasureOptions {
  /** Problems name files relative to this folder. */
  projectRoot: string;
  miniprogramRoot: string;
  /** Subpackage roots relative to the miniprogram root, e.g. "packageA/". */
  subpackageRoots: readonly string[];
  filter?: PackFilter;
}

export interface MeasureResult {
  sizes: ProjectSizes;
  problems: Problem[];
}

const CONCURRENCY = 8;
const SKIPPED_FOLDERS = new Set(['node_modules']);

interface Folder {
  abs: string;
  real: string;
  /** Relative to the miniprogram root, forward slashes, '' for the root itself. */
  rel: string;
  /** Root of the package the folder's files count towards, '' for the main package. */
  pkg: string;
}

interface Tally {
  bytesByRoot: Map<string, number>;
  fileCount: number;
}

/**
 * Adds up the bytes WeChat would pack, per package. Source sizes, so a rough guide: the
 * compiler minifies some files, but the per-package limits are what operators trip over.
 */
export async function measureSizes(options: MeasureOptions): Promise<MeasureResult> {
  const filter = options.filter ?? createPackFilter([]);
  const roots = options.subpackageRoots.map((root) => (root.endsWith('/') ? root : `${root}/`));
  const rootSet = new Set(roots);
  // A folder belongs to the package it is the root of, else to its parent's: a nested root wins over
  // the one that contains it, and each file costs one lookup however many subpackages there are.
  const packageOf = (rel: string, parent: Folder) => (rootSet.has(`${rel}/`) ? `${rel}/` : parent.pkg);

  const problems: Problem[] = [];
  const tally: Tally = { bytesByRoot: new Map(), fileCount: 0 };
  const visited = new Set<string>();
  const start = options.miniprogramRoot;
  let level: Folder[] = [{ abs: start, real: await realOrSelf(start), rel: '', pkg: '' }];
  visited.add(level[0]!.real);

  while (level.length > 0) {
    const next = await mapLimit(level, CONCURRENCY, async (folder) => {
      let entries: Dirent[];
      try {
        entries = await readdir(folder.abs, { withFileTypes: true });
      } catch (error) {
        problems.push({
          code: 'project.unreadable',
          severity: 'warning',
          file: relativeToRoot(options.projectRoot, folder.abs),
          detail: describeFsError(error),
        });
        return [];
      }
      return visitEntries(folder, entries, { options, filter, problems, visited, tally, packageOf });
    });
    level = next.flat();
  }

  const main = packageSize('', tally, SIZE_LIMITS.mainPackage);
  const subpackages = roots.map((root) => packageSize(root, tally, SIZE_LIMITS.subpackage));
  const totalBytes = [...tally.bytesByRoot.values()].reduce((sum, bytes) => sum + bytes, 0);
  const sizes: ProjectSizes = {
    main,
    subpackages,
    total: { bytes: totalBytes, limitBytes: SIZE_LIMITS.total },
    fileCount: tally.fileCount,
  };
  return { sizes, problems: [...problems, ...limitProblems(sizes)] };
}

interface VisitContext {
  options: MeasureOptions;
  filter: PackFilter;
  problems: Problem[];
  visited: Set<string>;
  tally: Tally;
  packageOf: (rel: string, parent: Folder) => string;
}

async function visitEntries(folder: Folder, entries: Dirent[], ctx: VisitContext): Promise<Folder[]> {
  const children: Folder[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const abs = path.join(folder.abs, entry.name);
    const rel = folder.rel ? `${folder.rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (ctx.filter.ignoresFolder(rel)) continue;
      const real = path.join(folder.real, entry.name);
      ctx.visited.add(real);
      children.push({ abs, real, rel, pkg: ctx.packageOf(rel, folder) });
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const child = await visitFileOrLink(abs, rel, folder, entry.isSymbolicLink(), ctx);
      if (child) children.push(child);
    }
  }
  return children;
}

async function visitFileOrLink(abs: string, rel: string, folder: Folder, isLink: boolean, ctx: VisitContext): Promise<Folder | null> {
  if (isLink) {
    const real = await linkedFolder(abs, folder.real, ctx.options.projectRoot, ctx.problems);
    if (real) {
      if (ctx.visited.has(real) || ctx.filter.ignoresFolder(rel)) return null;
      ctx.visited.add(real);
      return { abs, real, rel, pkg: ctx.packageOf(rel, folder) };
    }
  }
  if (ctx.filter.ignoresFile(rel)) return null;
  try {
    const stats = await stat(abs);
    if (!stats.isFile()) return null;
    const root = folder.pkg;
    ctx.tally.bytesByRoot.set(root, (ctx.tally.bytesByRoot.get(root) ?? 0) + stats.size);
    ctx.tally.fileCount++;
  } catch {
    // Dangling links and files removed mid-walk take no space in the upload.
  }
  return null;
}

async function realOrSelf(abs: string): Promise<string> {
  return realpath(abs).catch(() => abs);
}

function packageSize(root: string, tally: Tally, limitBytes: number): PackageSize {
  return { root, bytes: tally.bytesByRoot.get(root) ?? 0, limitBytes };
}

function limitProblems(sizes: ProjectSizes): Problem[] {
  const over = (bytes: number, limit: number) => ({ size: formatBytes(bytes), limit: formatBytes(limit) });
  const problems: Problem[] = [];
  if (sizes.main.bytes > sizes.main.limitBytes) {
    problems.push({ code: 'project.size-main-over', severity: 'warning', params: { ...over(sizes.main.bytes, sizes.main.limitBytes), root: '' } });
  }
  for (const sub of sizes.subpackages) {
    if (sub.bytes > sub.limitBytes) {
      problems.push({ code: 'project.size-sub-over', severity: 'warning', params: { ...over(sub.bytes, sub.limitBytes), root: sub.root } });
    }
  }
  if (sizes.total.bytes > sizes.total.limitBytes) {
    problems.push({ code: 'project.size-total-over', severity: 'warning', params: { ...over(sizes.total.bytes, sizes.total.limitBytes), root: '' } });
  }
  return problems;
}
