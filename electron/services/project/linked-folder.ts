import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../../shared/model';
import { describeFsError, errnoOf } from './fs-errors';
import { isInsideOrSame, toPosix } from './project-paths';
import { specialKind, type SpecialKind } from './regular-file';

/** Where a symlink leads, by real path. */
export type LinkTarget =
  | { kind: 'folder'; real: string }
  | { kind: 'file'; real: string }
  | { kind: 'special'; real: string; type: SpecialKind }
  /** Out of the bound given to followLink, whatever it is. */
  | { kind: 'outside'; real: string }
  /** A link to its own folder or an ancestor, or a chain of links with no end. */
  | { kind: 'loop'; detail: string }
  | { kind: 'dangling' };

/**
 * Follows a symlink to what it names. `parentReal` is the real path of the folder holding the link;
 * `withinReal`, when given, is the real path of the project: a link leading anywhere outside it is
 * 'outside', so that nothing from outside is counted, read or uploaded.
 */
export async function followLink(abs: string, parentReal: string, withinReal: string | null): Promise<LinkTarget> {
  try {
    const stats = await stat(abs);
    const real = await realpath(abs);
    if (withinReal !== null && !isInsideOrSame(real, withinReal)) return { kind: 'outside', real };
    if (stats.isDirectory()) return isInsideOrSame(parentReal, real) ? { kind: 'loop', detail: `${abs} -> ${real}` } : { kind: 'folder', real };
    if (stats.isFile()) return { kind: 'file', real };
    return { kind: 'special', real, type: specialKind(stats) };
  } catch (error) {
    return errnoOf(error) === 'ELOOP' ? { kind: 'loop', detail: describeFsError(error) } : { kind: 'dangling' };
  }
}

/** The symlink-loop warning; `reportBase` is what the problem's file is relative to. */
export function loopProblem(abs: string, reportBase: string, detail: string): Problem {
  return { code: 'project.symlink-loop', severity: 'warning', file: toPosix(path.relative(reportBase, abs)), detail };
}

/**
 * Real path of the folder a symlink points to; null for links to files, dangling links and loops.
 * A link to its own folder or an ancestor would make any walk endless, so it is reported and not followed.
 */
export async function linkedFolder(abs: string, parentReal: string, reportBase: string, problems: Problem[]): Promise<string | null> {
  const target = await followLink(abs, parentReal, null);
  if (target.kind === 'loop') problems.push(loopProblem(abs, reportBase, target.detail));
  return target.kind === 'folder' ? target.real : null;
}
