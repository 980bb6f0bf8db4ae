import type { Problem } from '../../../shared/model';
import { blockingProblems } from '../../../shared/verdict';
import type { JobProject } from '../jobs/job-messages';
import { findProjectRoot } from './find-project-root';
import { readProjectConfig } from './project-config';

/**
 * The folder and its AppID from project.config.json alone: all a connection check signs with.
 * The whole read (sizes, pages, npm, encodings) took 300–400 ms of a check on a 1,000-file project,
 * several times the check itself (README "Performance").
 */
export async function readProjectIdentity(droppedPath: string): Promise<JobProject | Problem> {
  const search = await findProjectRoot(droppedPath);
  if (!search.projectRoot) return blockingProblems(search.problems)[0] ?? { code: 'project.not-miniprogram', severity: 'error' };
  const { config, problems } = await readProjectConfig(search.projectRoot);
  if (!config) return blockingProblems(problems)[0] ?? { code: 'project.read-failed', severity: 'error' };
  // No compile: the count of files only scales compile progress.
  return { appid: config.appid, projectPath: search.projectRoot, compileType: config.compileType, expectedFiles: 0 };
}
