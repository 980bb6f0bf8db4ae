import path from 'node:path';
import type { Problem } from '../../../shared/model';
import { blockingProblems } from '../../../shared/verdict';
import { findProjectRoot } from './find-project-root';
import { readProjectConfig } from './project-config';
import { readJsonFile, type JsonObject } from './read-json-file';

// A batch row naming a merchant (`extAppid`) needs a 第三方平台 template: ext.json beside app.json, in
// the miniprogramRoot that project.config.json names (as read-project-identity.ts finds the project).
// Read before the row's job, so a project that is no template is told so in plain words rather than
// failing inside miniprogram-ci; the job itself reads the file again (ext-json-override.ts).

export const EXT_JSON = 'ext.json';

/** ext.json of the project, or the problem: the project's own (no project.config.json), else batch.ext-missing. */
export async function readExtJson(droppedPath: string): Promise<{ ok: true; ext: JsonObject } | { ok: false; problem: Problem }> {
  const search = await findProjectRoot(droppedPath);
  if (!search.projectRoot) return { ok: false, problem: blockingProblems(search.problems)[0] ?? { code: 'project.not-miniprogram', severity: 'error' } };
  const { config, problems } = await readProjectConfig(search.projectRoot);
  if (!config) return { ok: false, problem: blockingProblems(problems)[0] ?? { code: 'project.read-failed', severity: 'error' } };
  const displayName = path.posix.join(config.miniprogramRootSetting.replace(/\\/g, '/'), EXT_JSON);
  const read = await readJsonFile(path.join(config.miniprogramRoot, EXT_JSON), displayName);
  if (read.kind === 'ok') return { ok: true, ext: read.value };
  const detail = read.kind === 'missing' ? `${displayName}: no such file` : `${displayName}: ${read.problem.code}${read.problem.line ? ` (line ${read.problem.line})` : ''}`;
  return { ok: false, problem: { code: 'batch.ext-missing', severity: 'error', params: { project: search.projectRoot }, detail } };
}
