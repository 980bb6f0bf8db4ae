import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../../../shared/format';
import { SIZE_LIMITS } from '../../../shared/limits';
import type { PackageSize, Problem, ProjectSizes } from '../../../shared/model';
import { describeFsError } from './fs-errors';
import { followLink, loopProblem } from './linked-folder';
import { mapLimit } from './map-limit';
import { createPackFilter, type PackFilter } from './pack-ignore';
import { isInsideOrSame, relativeToRoot } from './project-paths';
import { specialKind, type SpecialKind } from './regular-file';

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
  const projectReal = await realOrSelf(options.projectRoot);
  let level: Folder[] = [{ abs: start, real: await realOrSelf(start), rel: '', pkg: '' }];
  visited.add(level[0]!.real);
  if (!isInsideOrSame(level[0]!.real, projectReal)) {
    // miniprogramRoot cannot climb out ("../" is dropped), but a link on its way can.
    problems.push({ code: 'project.link-outside', severity: 'error', file: relativeToRoot(options.projectRoot, start), params: { target: level[0]!.real } });
  }

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
      return visitEntries(folder, entries, { options, filter, problems, visited, tally, projectReal, packageOf });
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
  /** Real path of the project root: links must stay inside it. */
  projectReal: string;
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
    } else if (entry.isSymbolicLink()) {
      const child = await visitLink(abs, rel, folder, ctx);
      if (child) children.push(child);
    } else if (entry.isFile()) {
      await countFile(abs, rel, folder, ctx);
    } else if (!ctx.filter.ignoresFile(rel)) {
      ctx.problems.push(skippedSpecial(abs, specialKind(entry), ctx));
    }
  }
  return children;
}

/** A link is followed only inside the project: one leading out would upload what is out there. */
async function visitLink(abs: string, rel: string, folder: Folder, ctx: VisitContext): Promise<Folder | null> {
  const target = await followLink(abs, folder.real, ctx.projectReal);
  switch (target.kind) {
    case 'outside':
      if (ctx.filter.ignoresFile(rel) || ctx.filter.ignoresFolder(rel)) return null;
      ctx.problems.push({
        code: 'project.link-outside',
        severity: 'error',
        file: relativeToRoot(ctx.options.projectRoot, abs),
        params: { target: target.real },
      });
      return null;
    case 'loop':
      ctx.problems.push(loopProblem(abs, ctx.options.projectRoot, target.detail));
      return null;
    case 'folder':
      if (ctx.visited.has(target.real) || ctx.filter.ignoresFolder(rel)) return null;
      ctx.visited.add(target.real);
      return { abs, real: target.real, rel, pkg: ctx.packageOf(rel, folder) };
    case 'file':
      await countFile(abs, rel, folder, ctx);
      return null;
    case 'special':
      if (!ctx.filter.ignoresFile(rel)) ctx.problems.push(skippedSpecial(abs, target.type, ctx));
      return null;
    case 'dangling':
      // A dangling link takes no space in the upload.
      return null;
  }
}

async function countFile(abs: string, rel: string, folder: Folder, ctx: VisitContext): Promise<void> {
  if (ctx.filter.ignoresFile(rel)) return;
  try {
    const stats = await stat(abs);
    if (!stats.isFile()) return;
    ctx.tally.bytesByRoot.set(folder.pkg, (ctx.tally.bytesByRoot.get(folder.pkg) ?? 0) + stats.size);
    ctx.tally.fileCount++;
  } catch {
    // Files removed mid-walk take no space in the upload.
  }
}

/** miniprogram-ci packs regular files only, so a FIFO, socket or device is left out: said, never opened. */
function skippedSpecial(abs: string, type: SpecialKind, ctx: VisitContext): Problem {
  return { code: 'project.special-file-skipped', severity: 'warning', file: relativeToRoot(ctx.options.projectRoot, abs), params: { type } };
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
