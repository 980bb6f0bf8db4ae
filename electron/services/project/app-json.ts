import path from 'node:path';
import type { PageGroup, PluginRef, Problem } from '../../../shared/model';
import { indexJsonLines, type JsonLineIndex, type JsonPath } from './json-text';
import { normalizeConfigFolder, relativeToRoot } from './project-paths';
import { lineOfKey, isJsonObject, readJsonFile, type JsonObject } from './read-json-file';

/** One page as declared in app.json, with where it is declared so problems can point there. */
export interface PageEntry {
  /** '' for the main package, else the subpackage root ("packageA/"). */
  groupRoot: string;
  /** As written, relative to its package root. */
  page: string;
  jsonPath: JsonPath;
}

export interface SubpackageEntry {
  group: PageGroup;
  /** The root as written, for messages. */
  rawRoot: string;
  jsonPath: JsonPath;
}

export interface AppJson {
  /** app.json relative to the project root, for Problem.file. */
  file: string;
  text: string;
  main: PageGroup;
  subpackages: SubpackageEntry[];
  pages: PageEntry[];
  plugins: PluginRef[];
}

export interface AppJsonResult {
  appJson: AppJson | null;
  problems: Problem[];
}

export async function readAppJson(projectRoot: string, miniprogramRoot: string): Promise<AppJsonResult> {
  const abs = path.join(miniprogramRoot, 'app.json');
  const file = relativeToRoot(projectRoot, abs);
  const read = await readJsonFile(abs, file);
  if (read.kind === 'missing') return { appJson: null, problems: [{ code: 'project.app-json-missing', severity: 'error', file }] };
  if (read.kind === 'failed') return { appJson: null, problems: [read.problem] };
  return parseAppJson(read.value, read.text, file);
}

/** The page and package structure of app.json; file existence is checked elsewhere. */
export function parseAppJson(value: JsonObject, text: string, file: string): AppJsonResult {
  const problems: Problem[] = [];
  const pages: PageEntry[] = [];
  const mainPages = pageList(value.pages, '', ['pages'], pages);
  if (mainPages.length === 0) {
    const line = lineOfKey(text, 'pages');
    problems.push({ code: 'project.pages-empty', severity: 'error', file, ...(line === undefined ? {} : { line }) });
  }

  const plugins = pluginList(value.plugins, '');
  const subKey = Array.isArray(value.subpackages) ? 'subpackages' : Array.isArray(value.subPackages) ? 'subPackages' : null;
  const subpackages: SubpackageEntry[] = [];
  const rawSubs: unknown[] = subKey ? (value[subKey] as unknown[]) : [];
  rawSubs.forEach((raw, index) => {
    if (!isJsonObject(raw) || typeof raw.root !== 'string' || normalizeConfigFolder(raw.root) === '') return;
    const root = `${normalizeConfigFolder(raw.root)}/`;
    const jsonPath = [subKey!, index];
    const group: PageGroup = { root, pages: pageList(raw.pages, root, [...jsonPath, 'pages'], pages) };
    if (typeof raw.name === 'string') group.name = raw.name;
    if (typeof raw.independent === 'boolean') group.independent = raw.independent;
    subpackages.push({ group, rawRoot: raw.root, jsonPath });
    plugins.push(...pluginList(raw.plugins, root));
  });

  return { appJson: { file, text, main: { root: '', pages: mainPages }, subpackages, pages, plugins }, problems };
}

function pageList(raw: unknown, groupRoot: string, listPath: JsonPath, entries: PageEntry[]): string[] {
  if (!Array.isArray(raw)) return [];
  const list: string[] = [];
  raw.forEach((page, index) => {
    if (typeof page !== 'string' || page.trim() === '') return;
    list.push(page);
    entries.push({ groupRoot, page, jsonPath: [...listPath, index] });
  });
  return list;
}

function pluginList(raw: unknown, declaredIn: string): PluginRef[] {
  if (!isJsonObject(raw)) return [];
  const plugins: PluginRef[] = [];
  for (const [alias, spec] of Object.entries(raw)) {
    if (!isJsonObject(spec)) continue;
    plugins.push({
      alias,
      provider: typeof spec.provider === 'string' ? spec.provider : '',
      version: typeof spec.version === 'string' ? spec.version : '',
      declaredIn,
    });
  }
  return plugins;
}

/** The deepest path a problem points at: subpackages[i].pages[j]. */
const DEEPEST_POINTED_PATH = 4;
/** Built on the first problem, then shared by all: a project missing every page stays linear. */
const lineIndexes = new WeakMap<AppJson, JsonLineIndex>();

/** The line of a page or subpackage in app.json, as a spread-ready Problem fragment. */
export function lineIn(appJson: AppJson, jsonPath: JsonPath): { line?: number } {
  let index = lineIndexes.get(appJson);
  if (!index) {
    index = indexJsonLines(appJson.text, DEEPEST_POINTED_PATH);
    lineIndexes.set(appJson, index);
  }
  const line = index.lineOf(jsonPath);
  return line === undefined ? {} : { line };
}
