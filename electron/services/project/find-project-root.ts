import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem, ProjectCandidate } from '../../../shared/model';
import { describeFsError, errnoOf } from './fs-errors';
import { mapLimit } from './map-limit';
import { linkedFolder } from './linked-folder';
import { toPosix } from './project-paths';
import { readRootCandidates } from './root-candidates';
import { homeFolder, isSystemFolder, tooBroad } from './system-folders';

export interface ProjectRootSearch {
  /** The dropped folder, or the folder of a dropped project file; problems' files are relative to it. */
  searchedFrom: string;
  /** Absolute path of the folder holding project.config.json, or null when none (or several) were found. */
  projectRoot: string | null;
  /** Several folders holding project.config.json at the same, shallowest depth: the operator picks one. */
  candidates: ProjectCandidate[];
  problems: Problem[];
}

const CONFIG_FILE = 'project.config.json';
/** Files a person may drop instead of their folder. */
const PROJECT_FILES = new Set([CONFIG_FILE, 'project.private.config.json', 'app.json']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'miniprogram_npm']);
const MAX_DEPTH = 5;
/** A dropped home folder must not turn into a walk of the whole disk. */
const MAX_FOLDERS = 4000;
const CONCURRENCY = 8;
const MAX_WARNINGS_PER_CODE = 5;

interface Folder {
  abs: string;
  /** Real path, so that links to an ancestor (a loop) are recognised. */
  real: string;
  rel: string;
}

interface Listing {
  folder: Folder;
  entries: Dirent[];
}

export async function findProjectRoot(droppedPath: string): Promise<ProjectRootSearch> {
  const dropped = path.resolve(droppedPath);
  const fail = (problem: Problem, searchedFrom = dropped): ProjectRootSearch => ({
    searchedFrom,
    projectRoot: null,
    candidates: [],
    problems: [problem],
  });

  let start = dropped;
  try {
    const stats = await stat(dropped);
    if (stats.isFile() && PROJECT_FILES.has(path.basename(dropped))) start = path.dirname(dropped);
    else if (!stats.isDirectory()) return fail({ code: 'project.not-a-folder', severity: 'error', params: { path: dropped } });
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ELOOP') return fail({ code: 'project.symlink-loop', severity: 'error', file: dropped, detail: describeFsError(error) });
    if (errno === 'ENOENT' || errno === 'ENOTDIR') return fail({ code: 'project.path-missing', severity: 'error', params: { path: dropped } });
    return fail({ code: 'project.unreadable', severity: 'error', file: dropped, detail: describeFsError(error) });
  }

  const problems: Problem[] = [];
  const startReal = await realpath(start).catch(() => start);
  const notFound: Problem = { code: 'project.not-miniprogram', severity: 'error' };
  if (isSystemFolder(startReal)) return fail(notFound, start);
  const first = await listFolder({ abs: start, real: startReal, rel: '' }, problems);
  if (!first) return { searchedFrom: start, projectRoot: null, candidates: [], problems };
  if (!first.entries.some((entry) => !entry.name.startsWith('.'))) {
    return fail({ code: 'project.empty-folder', severity: 'error', params: { path: start } }, start);
  }
  const broad = tooBroad(startReal, await realpath(homeFolder()).catch(() => homeFolder()));
  if (broad && !first.entries.some((entry) => entry.name === CONFIG_FILE)) {
    return fail({ code: 'project.drop-too-broad', severity: 'error', params: { path: start, where: broad } }, start);
  }

  const visited = new Set([first.folder.real]);
  let listings: Listing[] = [first];
  let foldersSeen = 1;
  let appJson: string | undefined;
  for (let depth = 0; listings.length > 0; depth++) {
    const roots = listings.filter((listing) => listing.entries.some((entry) => entry.name === CONFIG_FILE)).map((l) => l.folder);
    if (roots.length > 0) return rootsFound(start, roots, capWarnings(problems));
    appJson ??= listings.find((listing) => listing.entries.some((entry) => entry.name === 'app.json'))?.folder.rel;
    if (depth === MAX_DEPTH || foldersSeen >= MAX_FOLDERS) break;

    const children: Folder[] = [];
    for (const listing of listings) {
      for (const child of await childFolders(listing, start, visited, problems)) {
        if (foldersSeen++ >= MAX_FOLDERS) break;
        children.push(child);
      }
    }
    const next = await mapLimit(children, CONCURRENCY, (folder) => listFolder(folder, problems));
    listings = next.filter((listing): listing is Listing => listing !== null);
  }

  const last = appJson === undefined ? notFound : configMissing(appJson);
  return { searchedFrom: start, projectRoot: null, candidates: [], problems: [...capWarnings(problems), last] };
}

/** Dropping a home folder or a whole disk can meet hundreds of loops (/proc has two per process); a few make the point. */
function capWarnings(problems: Problem[]): Problem[] {
  const perCode = new Map<string, number>();
  return problems.filter((problem) => {
    const seen = perCode.get(problem.code) ?? 0;
    perCode.set(problem.code, seen + 1);
    return problem.severity === 'error' || seen < MAX_WARNINGS_PER_CODE;
  });
}

function configMissing(appJsonFolder: string): Problem {
  return { code: 'project.config-missing', severity: 'error', file: toPosix(path.join(appJsonFolder, 'app.json')) };
}

/** One project is opened; several side by side are the operator's choice, never a guess. */
async function rootsFound(start: string, roots: Folder[], problems: Problem[]): Promise<ProjectRootSearch> {
  if (roots.length === 1) return { searchedFrom: start, projectRoot: roots[0]!.abs, candidates: [], problems };
  const sorted = [...roots].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const candidates = await readRootCandidates(start, sorted.map((folder) => folder.abs));
  problems.push({
    code: 'project.choose-root',
    severity: 'error',
    // One per line, for the terminal's words: there the list is the answer (the app shows buttons instead).
    params: { count: candidates.length, folders: candidates.map((candidate) => `\n    ${candidate.projectRoot}`).join('') },
  });
  return { searchedFrom: start, projectRoot: null, candidates, problems };
}

async function listFolder(folder: Folder, problems: Problem[]): Promise<Listing | null> {
  try {
    const entries = await readdir(folder.abs, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { folder, entries };
  } catch (error) {
    // The dropped folder itself failing is fatal; a subfolder failing only hides that subfolder.
    problems.push({
      code: 'project.unreadable',
      severity: folder.rel === '' ? 'error' : 'warning',
      file: toPosix(folder.rel) || folder.abs,
      detail: describeFsError(error),
    });
    return null;
  }
}

async function childFolders(listing: Listing, start: string, visited: Set<string>, problems: Problem[]): Promise<Folder[]> {
  const children: Folder[] = [];
  for (const entry of listing.entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const abs = path.join(listing.folder.abs, entry.name);
    const rel = path.join(listing.folder.rel, entry.name);
    if (entry.isDirectory()) {
      const real = path.join(listing.folder.real, entry.name);
      if (isSystemFolder(real)) continue;
      visited.add(real);
      children.push({ abs, real, rel });
    } else if (entry.isSymbolicLink()) {
      const real = await linkedFolder(abs, listing.folder.real, start, problems);
      if (real && !visited.has(real) && !isSystemFolder(real)) {
        visited.add(real);
        children.push({ abs, real, rel });
      }
    }
  }
  return children;
}
