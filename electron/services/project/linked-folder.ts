import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../../shared/model';
import { describeFsError, errnoOf } from './fs-errors';
import { isInsideOrSame, toPosix } from './project-paths';

/**
 * Real path of the folder a symlink points to; null for links to files, dangling links and loops.
 * A link to its own folder or an ancestor would make any walk endless, so it is reported
 * (`reportBase` is what the problem's file is relative to) and not followed.
 */
export async function linkedFolder(abs: string, parentReal: string, reportBase: string, problems: Problem[]): Promise<string | null> {
  const loop = (detail: string): null => {
    problems.push({ code: 'project.symlink-loop', severity: 'warning', file: toPosix(path.relative(reportBase, abs)), detail });
    return null;
  };
  try {
    if (!(await stat(abs)).isDirectory()) return null;
    const real = await realpath(abs);
    return isInsideOrSame(parentReal, real) ? loop(`${abs} -> ${real}`) : real;
  } catch (error) {
    return errnoOf(error) === 'ELOOP' ? loop(describeFsError(error)) : null;
  }
}
