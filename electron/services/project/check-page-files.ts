import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../../shared/model';
import { lineIn, type AppJson, type PageEntry } from './app-json';
import { mapLimit } from './map-limit';
import { relativeToRoot } from './project-paths';

const CONCURRENCY = 8;

async function isFile(abs: string): Promise<boolean> {
  return stat(abs).then((s) => s.isFile(), () => false);
}

async function isFolder(abs: string): Promise<boolean> {
  return stat(abs).then((s) => s.isDirectory(), () => false);
}

/** Absolute path of a page without extension: "<root>/<package root>/<page>". */
export function pageBase(miniprogramRoot: string, entry: Pick<PageEntry, 'groupRoot' | 'page'>): string {
  return path.join(miniprogramRoot, entry.groupRoot, entry.page.replace(/^\/+/, ''));
}

/**
 * Every subpackage root must exist, and every page needs its .wxml and a .js or .ts
 * (WeChat's compiler stops with 10007 / 10008 otherwise). Pages of a missing subpackage
 * are not checked one by one: the missing root says it all.
 */
export async function checkPageFiles(appJson: AppJson, projectRoot: string, miniprogramRoot: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const missingRoots = new Set<string>();
  for (const sub of appJson.subpackages) {
    if (await isFolder(path.join(miniprogramRoot, sub.group.root))) continue;
    missingRoots.add(sub.group.root);
    problems.push({
      code: 'project.subpackage-root-missing',
      severity: 'error',
      file: appJson.file,
      ...lineIn(appJson, [...sub.jsonPath, 'root']),
      params: { root: sub.rawRoot },
    });
  }

  const checked = appJson.pages.filter((entry) => !missingRoots.has(entry.groupRoot));
  const pageProblems = await mapLimit(checked, CONCURRENCY, async (entry): Promise<Problem | null> => {
    const base = pageBase(miniprogramRoot, entry);
    const missing: string[] = [];
    if (!(await isFile(`${base}.wxml`))) missing.push(relativeToRoot(projectRoot, `${base}.wxml`));
    if (!(await isFile(`${base}.js`)) && !(await isFile(`${base}.ts`))) missing.push(relativeToRoot(projectRoot, `${base}.js`));
    if (missing.length === 0) return null;
    return {
      code: 'project.page-missing',
      severity: 'error',
      file: appJson.file,
      ...lineIn(appJson, entry.jsonPath),
      params: { page: `${entry.groupRoot}${entry.page}`, missing: missing.join(', ') },
    };
  });
  return [...problems, ...pageProblems.filter((problem): problem is Problem => problem !== null)];
}
