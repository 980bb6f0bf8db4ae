import { stat } from 'node:fs/promises';
import path from 'node:path';
import { APPID_PATTERN, TOURIST_APPID } from '../../../shared/limits';
import type { CompileType, Problem } from '../../../shared/model';
import { parsePackRules, type PackRule } from './pack-ignore';
import { normalizeConfigFolder } from './project-paths';
import { lineOfKey, isJsonObject, readJsonFile, type JsonObject } from './read-json-file';

export const CONFIG_FILE = 'project.config.json';
export const PRIVATE_CONFIG_FILE = 'project.private.config.json';

export interface ProjectConfig {
  appid: string;
  projectName: string;
  compileType: CompileType;
  /** As written, '' when absent. */
  miniprogramRootSetting: string;
  /** Absolute folder holding app.json. */
  miniprogramRoot: string;
  setting: JsonObject;
  packIgnore: PackRule[];
  packInclude: PackRule[];
  hasPrivateConfig: boolean;
}

export interface ProjectConfigResult {
  /** null when project.config.json could not be read, or the miniprogram root does not exist. */
  config: ProjectConfig | null;
  problems: Problem[];
}

const COMPILE_TYPES = new Set<CompileType>(['miniprogram', 'plugin', 'game', 'gamePlugin']);

interface SourceFile {
  name: string;
  value: JsonObject;
  text: string;
}

/** Reads project.config.json, lets project.private.config.json override it (DevTools does the same), and checks the AppID and root. */
export async function readProjectConfig(projectRoot: string): Promise<ProjectConfigResult> {
  const problems: Problem[] = [];
  const publicFile = await readJsonFile(path.join(projectRoot, CONFIG_FILE), CONFIG_FILE);
  if (publicFile.kind === 'missing') return { config: null, problems: [{ code: 'project.not-miniprogram', severity: 'error' }] };
  if (publicFile.kind === 'failed') return { config: null, problems: [publicFile.problem] };

  const sources: SourceFile[] = [{ name: CONFIG_FILE, value: publicFile.value, text: publicFile.text }];
  const privateFile = await readJsonFile(path.join(projectRoot, PRIVATE_CONFIG_FILE), PRIVATE_CONFIG_FILE);
  if (privateFile.kind === 'ok') sources.push({ name: PRIVATE_CONFIG_FILE, value: privateFile.value, text: privateFile.text });
  // A broken private file only holds personal DevTools settings, so it warns rather than blocks.
  if (privateFile.kind === 'failed') problems.push({ ...privateFile.problem, severity: 'warning' });

  const merged = mergeConfigs(sources.map((source) => source.value));
  /** The file (and line) that decided a key: the last one to set it. */
  const whereIs = (key: string): Pick<Problem, 'file' | 'line'> => {
    const source = [...sources].reverse().find((s) => key in s.value) ?? sources[0]!;
    const line = lineOfKey(source.text, key);
    return line === undefined ? { file: source.name } : { file: source.name, line };
  };

  const appid = typeof merged.appid === 'string' ? merged.appid.trim() : '';
  problems.push(...checkAppid(appid, whereIs('appid')));

  const rootSetting = typeof merged.miniprogramRoot === 'string' ? merged.miniprogramRoot : '';
  const miniprogramRoot = path.join(projectRoot, normalizeConfigFolder(rootSetting));
  const rootExists = await stat(miniprogramRoot).then((s) => s.isDirectory(), () => false);
  if (!rootExists) {
    problems.push({ code: 'project.miniprogram-root-missing', severity: 'error', ...whereIs('miniprogramRoot'), params: { root: rootSetting } });
  }

  const packOptions: JsonObject = isJsonObject(merged.packOptions) ? merged.packOptions : {};
  const config: ProjectConfig = {
    appid,
    projectName: decodeProjectName(merged.projectname),
    compileType: COMPILE_TYPES.has(merged.compileType as CompileType) ? (merged.compileType as CompileType) : 'miniprogram',
    miniprogramRootSetting: rootSetting,
    miniprogramRoot,
    setting: isJsonObject(merged.setting) ? merged.setting : {},
    packIgnore: parsePackRules(packOptions.ignore),
    packInclude: parsePackRules(packOptions.include),
    hasPrivateConfig: privateFile.kind === 'ok',
  };
  return { config: rootExists ? config : null, problems };
}

/** Later files win; `setting` is merged key by key so a private file can change one switch. */
export function mergeConfigs(configs: readonly JsonObject[]): JsonObject {
  const merged: JsonObject = {};
  for (const config of configs) {
    for (const [key, value] of Object.entries(config)) {
      merged[key] = key === 'setting' && isJsonObject(value) && isJsonObject(merged.setting) ? { ...merged.setting, ...value } : value;
    }
  }
  return merged;
}

function checkAppid(appid: string, where: Pick<Problem, 'file' | 'line'>): Problem[] {
  if (appid === '') return [{ code: 'project.appid-missing', severity: 'error', ...where }];
  if (appid === TOURIST_APPID) return [{ code: 'project.appid-tourist', severity: 'error', ...where }];
  if (!APPID_PATTERN.test(appid)) return [{ code: 'project.appid-malformed', severity: 'warning', ...where, params: { appid } }];
  return [];
}

/** DevTools stores non-ASCII project names URL-encoded ("%E5%B0%8F%E5%BA%97"). */
export function decodeProjectName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
