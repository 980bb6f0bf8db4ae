import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../../shared/model';
import { normalizeConfigFolder, relativeToRoot } from './project-paths';
import { isJsonObject, readJsonFile, type JsonObject } from './read-json-file';

export interface NpmStatus {
  hasDependencies: boolean;
  needsBuild: boolean;
  problems: Problem[];
}

/** A package.json and the folder its built miniprogram_npm goes into. */
export interface NpmPair {
  packageJson: string;
  distDir: string;
}

/**
 * Without packNpmRelationList DevTools builds a package.json at the miniprogram root or the
 * project root into <miniprogram root>/miniprogram_npm. A project that uses npm but has no
 * miniprogram_npm fails to compile ("component not found", 10009) until npm is built.
 */
export async function checkNpm(projectRoot: string, miniprogramRoot: string, setting: JsonObject): Promise<NpmStatus> {
  const problems: Problem[] = [];
  const unbuilt: string[] = [];
  let hasDependencies = false;
  for (const pair of npmPairs(projectRoot, miniprogramRoot, setting)) {
    const file = relativeToRoot(projectRoot, pair.packageJson);
    const read = await readJsonFile(pair.packageJson, file);
    // A broken package.json only matters to the npm build, which reports it in its own words.
    if (read.kind === 'failed') problems.push({ ...read.problem, severity: 'warning' });
    if (read.kind !== 'ok' || !hasEntries(read.value.dependencies)) continue;
    hasDependencies = true;
    const npmFolder = path.join(pair.distDir, 'miniprogram_npm');
    const built = await stat(npmFolder).then((s) => s.isDirectory(), () => false);
    if (!built) unbuilt.push(`${file} -> ${relativeToRoot(projectRoot, npmFolder) || 'miniprogram_npm'}`);
  }
  if (unbuilt.length > 0) problems.push({ code: 'project.npm-not-built', severity: 'warning', detail: unbuilt.join('\n') });
  return { hasDependencies, needsBuild: unbuilt.length > 0, problems };
}

export function npmPairs(projectRoot: string, miniprogramRoot: string, setting: JsonObject): NpmPair[] {
  const relations = Array.isArray(setting.packNpmRelationList) ? setting.packNpmRelationList : [];
  const pairs: NpmPair[] = [];
  for (const relation of relations) {
    if (!isJsonObject(relation) || typeof relation.packageJsonPath !== 'string' || typeof relation.miniprogramNpmDistDir !== 'string') continue;
    const written = normalizeConfigFolder(relation.packageJsonPath);
    const packageJson = path.join(projectRoot, written.endsWith('.json') ? written : path.join(written, 'package.json'));
    pairs.push({ packageJson, distDir: path.join(projectRoot, normalizeConfigFolder(relation.miniprogramNpmDistDir)) });
  }
  if (pairs.length > 0) return pairs;
  const defaults = [path.join(miniprogramRoot, 'package.json'), path.join(projectRoot, 'package.json')];
  return [...new Set(defaults)].map((packageJson) => ({ packageJson, distDir: miniprogramRoot }));
}

function hasEntries(value: unknown): boolean {
  return isJsonObject(value) && Object.keys(value).length > 0;
}
