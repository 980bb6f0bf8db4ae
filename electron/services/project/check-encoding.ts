import path from 'node:path';
import type { Problem } from '../../../shared/model';
import type { PageEntry } from './app-json';
import { pageBase } from './check-page-files';
import { mapLimit } from './map-limit';
import { relativeToRoot } from './project-paths';
import { parseJsonObject, readTextFile } from './read-json-file';

const CONCURRENCY = 8;
const PAGE_EXTENSIONS = ['.json', '.wxml', '.js', '.wxss'];

/**
 * WeChat's compiler rejects files that are not UTF-8 (local error 10031). Checking every file
 * would mean reading the whole project; the entry files and each page's own files are where
 * a GBK save from a Windows editor usually lands. Page .json files are parsed too, since a
 * broken one stops the compiler just the same (10006).
 */
export async function checkSourceEncodings(projectRoot: string, miniprogramRoot: string, pages: readonly PageEntry[]): Promise<Problem[]> {
  const files = new Set([path.join(miniprogramRoot, 'app.js'), path.join(miniprogramRoot, 'app.wxss')]);
  for (const entry of pages) {
    const base = pageBase(miniprogramRoot, entry);
    for (const extension of PAGE_EXTENSIONS) files.add(base + extension);
  }
  const found = await mapLimit([...files], CONCURRENCY, async (abs): Promise<Problem | null> => {
    const file = relativeToRoot(projectRoot, abs);
    const read = await readTextFile(abs, file);
    if (read.kind === 'missing') return null;
    // A page's own code over the cap is over every package's limit too, which the size check reports.
    if (read.kind === 'failed' && read.problem.code === 'project.file-too-big' && !abs.endsWith('.json')) return null;
    if (read.kind === 'failed') return read.problem;
    if (abs.endsWith('.json')) {
      const parsed = parseJsonObject(read.text, file);
      if (parsed.kind === 'failed') return parsed.problem;
    }
    return null;
  });
  return found.filter((problem): problem is Problem => problem !== null);
}
