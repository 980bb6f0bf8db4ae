import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../../shared/model';
import { FolderEntries } from './folder-entries';
import { isNodeBuiltin } from './npm-imports';
import { npmPairs, type NpmPair } from './npm-status';
import { scanPackageUses, type PackageUse } from './npm-usage-scan';
import type { PackFilter } from './pack-ignore';
import { isInsideOrSame, relativeToRoot } from './project-paths';
import { isJsonObject, readJsonFile, type JsonObject } from './read-json-file';

// The npm packages the code needs that are neither built (miniprogram_npm) nor installed
// (node_modules). Repositories do not commit node_modules, so a project handed over from git has
// none: the npm build at upload then fails (__NO_NODE_MODULES__), or, with no build asked for, the
// Mini Program fails on phones at require('dayjs'). Both are found here, before the upload.
//
// - project.npm-missing (error, one per package.json): packages its `dependencies` declare that the
//   code uses, plus, where its miniprogram_npm was never built, every dependency absent from
//   node_modules (the build needs them all). Installing (npm ci) fixes it: the app offers that.
// - project.npm-undeclared (error): packages the code uses that no package.json declares. Only a
//   developer can fix that. Node's own modules (`fs` in a tooling script) and packages declared
//   only in devDependencies (tooling, types) are left out: npm --omit=dev would not install them,
//   and a blocker the operator cannot act on must be certain.

export interface NpmUsageOptions {
  projectRoot: string;
  miniprogramRoot: string;
  /** project.config.json's setting, for packNpmRelationList. */
  setting: JsonObject;
  filter: PackFilter;
  appJson: JsonObject;
}

export interface NpmUsageCheck {
  problems: Problem[];
  /** A package the code uses is in node_modules but in no miniprogram_npm: the npm build must run (again). */
  needsBuild: boolean;
}

/** A package.json the npm build reads, with what it declares. */
interface Declarer {
  pair: NpmPair;
  folder: string;
  /** Relative to the project root. */
  file: string;
  dependencies: Set<string>;
  optional: Set<string>;
  dev: Set<string>;
  lockfile: boolean;
}

/** Names listed in a problem's words; the detail lists them all. */
const NAMES_SHOWN = 8;
const PLACES_SHOWN = 3;

export async function checkNpmUsage(options: NpmUsageOptions): Promise<NpmUsageCheck> {
  const { projectRoot, miniprogramRoot } = options;
  const declarers = await readDeclarers(projectRoot, miniprogramRoot, options.setting);
  const entries = new FolderEntries();
  const uses = await scanPackageUses({ ...options, entries });
  const exists = (abs: string) => entries.exists(abs);

  const missing = new Map<Declarer, Map<string, string>>();
  const undeclared = new Map<string, PackageUse[]>();
  const note = (declarer: Declarer, name: string, where: string) => {
    const names = missing.get(declarer) ?? new Map<string, string>();
    if (!names.has(name)) names.set(name, where);
    missing.set(declarer, names);
  };
  let needsBuild = false;

  for (const [name, places] of groupByName(uses)) {
    const builtIn = [...new Set([...declarers.map((d) => d.pair.distDir), ...places.flatMap((use) => ancestors(use.dir, miniprogramRoot))])];
    if (await someExists(builtIn.map((dir) => path.join(dir, 'miniprogram_npm', name)), exists)) continue;
    const installedIn = [...new Set([...declarers.map((d) => d.folder), ...places.flatMap((use) => ancestors(use.dir, projectRoot))])];
    if (await someExists(installedIn.map((dir) => path.join(dir, 'node_modules', name)), exists)) {
      needsBuild = true;
      continue;
    }
    const declarer = declarers.find((d) => d.dependencies.has(name) || d.optional.has(name));
    if (declarer) note(declarer, name, placesText(places));
    else if (!isNodeBuiltin(name) && !declarers.some((d) => d.dev.has(name))) undeclared.set(name, places);
  }

  // An npm build that finds nothing in node_modules fails the whole upload, used or not.
  for (const declarer of declarers) {
    if (await exists(path.join(declarer.pair.distDir, 'miniprogram_npm'))) continue;
    for (const name of declarer.dependencies) {
      if (!(await exists(path.join(declarer.folder, 'node_modules', name)))) note(declarer, name, `${declarer.file} dependencies (the npm build needs it)`);
    }
  }

  const problems: Problem[] = [];
  for (const [declarer, names] of missing) problems.push(missingProblem(declarer, names));
  if (undeclared.size > 0) problems.push(undeclaredProblem(undeclared));
  return { problems, needsBuild };
}

function missingProblem(declarer: Declarer, names: Map<string, string>): Problem {
  const sorted = [...names.keys()].sort();
  return {
    code: 'project.npm-missing',
    severity: 'error',
    file: declarer.file,
    params: { packages: shortList(sorted), count: sorted.length, folder: declarer.folder, lockfile: declarer.lockfile ? 'yes' : 'no' },
    detail: sorted.map((name) => `${name}: ${names.get(name)}`).join('\n'),
  };
}

function undeclaredProblem(undeclared: Map<string, PackageUse[]>): Problem {
  const sorted = [...undeclared.keys()].sort();
  const first = undeclared.get(sorted[0]!)![0]!;
  return {
    code: 'project.npm-undeclared',
    severity: 'error',
    file: first.file,
    line: first.line,
    params: { packages: shortList(sorted), count: sorted.length },
    detail: sorted.map((name) => `${name}: ${placesText(undeclared.get(name)!)}`).join('\n'),
  };
}

async function readDeclarers(projectRoot: string, miniprogramRoot: string, setting: JsonObject): Promise<Declarer[]> {
  const declarers: Declarer[] = [];
  for (const pair of npmPairs(projectRoot, miniprogramRoot, setting)) {
    const file = relativeToRoot(projectRoot, pair.packageJson);
    // A missing or broken package.json declares nothing; npm-status reports a broken one.
    const read = await readJsonFile(pair.packageJson, file);
    if (read.kind !== 'ok') continue;
    const folder = path.dirname(pair.packageJson);
    const lockfile = (await isFile(path.join(folder, 'package-lock.json'))) || (await isFile(path.join(folder, 'npm-shrinkwrap.json')));
    declarers.push({
      pair,
      folder,
      file,
      dependencies: namesOf(read.value.dependencies),
      optional: namesOf(read.value.optionalDependencies),
      dev: namesOf(read.value.devDependencies),
      lockfile,
    });
  }
  return declarers;
}

function namesOf(value: unknown): Set<string> {
  return new Set(isJsonObject(value) ? Object.keys(value) : []);
}

function groupByName(uses: readonly PackageUse[]): Map<string, PackageUse[]> {
  const byName = new Map<string, PackageUse[]>();
  for (const use of uses) {
    const places = byName.get(use.name);
    if (places) places.push(use);
    else byName.set(use.name, [use]);
  }
  return byName;
}

/** `dir` and the folders above it, up to and including `top`; nothing when `dir` is not inside `top`. */
function ancestors(dir: string, top: string): string[] {
  const found: string[] = [];
  for (let at = dir; isInsideOrSame(at, top); at = path.dirname(at)) {
    found.push(at);
    if (at === top || path.dirname(at) === at) break;
  }
  return found;
}

function placesText(places: readonly PackageUse[]): string {
  const shown = places.slice(0, PLACES_SHOWN).map((use) => `${use.file}:${use.line}`);
  return places.length > PLACES_SHOWN ? `${shown.join(', ')} (+${places.length - PLACES_SHOWN})` : shown.join(', ');
}

function shortList(names: readonly string[]): string {
  return names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')}, …` : names.join(', ');
}

async function someExists(paths: readonly string[], exists: (abs: string) => Promise<boolean>): Promise<boolean> {
  for (const abs of paths) if (await exists(abs)) return true;
  return false;
}

async function isFile(abs: string): Promise<boolean> {
  return stat(abs).then(
    (s) => s.isFile(),
    () => false,
  );
}
