import path from 'node:path';
import type { ProjectCandidate } from '../../../shared/model';
import { mapLimit } from './map-limit';
import { decodeProjectName } from './project-config';
import { toPosix } from './project-paths';
import { readJsonFile } from './read-json-file';

const CONCURRENCY = 8;

/**
 * Each project's AppID and name, read from its project.config.json and nothing else, so a folder
 * of several projects is answered as fast as one. A file that cannot be read leaves them empty:
 * opening that project will say what is wrong with it.
 */
export async function readRootCandidates(searchedFrom: string, roots: readonly string[]): Promise<ProjectCandidate[]> {
  return mapLimit(roots, CONCURRENCY, async (projectRoot) => {
    const read = await readJsonFile(path.join(projectRoot, 'project.config.json'), 'project.config.json');
    const config = read.kind === 'ok' ? read.value : {};
    return {
      projectRoot,
      folder: toPosix(path.relative(searchedFrom, projectRoot)),
      appid: typeof config.appid === 'string' ? config.appid.trim() : '',
      projectName: decodeProjectName(config.projectname),
    };
  });
}
