import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import Arborist from '@npmcli/arborist';
import type { NpmInstalledFolder } from '../../../shared/jobs';
import type { RegistryConfig } from './npmrc';

// One folder's install with npm's own library (@npmcli/arborist), the way the npm CLI does it
// (lib/commands/ci.js and install.js of npm 11), without an npm binary (the packaged app has none):
//
// - With package-lock.json or npm-shrinkwrap.json: `npm ci --omit=dev`. The lockfile is loaded,
//   checked against package.json (the versions in the ideal tree must be the locked ones, else
//   npm.lockfile-out-of-sync), node_modules is emptied, and exactly the locked versions are installed.
// - Without: `npm install --omit=dev`, except that the new lockfile is not written (save: false):
//   only node_modules changes in the operator's copy of the project.
//
// Install scripts are not run: mini program packages run on phones and need no build step, a
// script from an unknown package is a risk on an operator's machine, and the packaged app has no
// `node` on PATH for them. Lockfile URLs on registry.npmjs.org go to the configured registry
// instead (npm's replace-registry-host default), so a lockfile made against npmjs works with a mirror.

export class LockfileOutOfSync extends Error {
  constructor(
    readonly lockfile: string,
    readonly mismatches: string[],
  ) {
    super(`${lockfile} and package.json are not in sync:\n${mismatches.join('\n')}`);
  }
}

export interface InstallFolderOptions {
  folder: string;
  registries: RegistryConfig;
  proxy: string | null;
  /** npm's download cache; the job's own temporary folder, gone with it. */
  cache: string;
  /** Packages to write, known once the tree is resolved. */
  onPlanned(total: number): void;
}

const LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json'];
const OMIT = ['dev'];

export async function installFolder(options: InstallFolderOptions): Promise<Omit<NpmInstalledFolder, 'added'>> {
  const { folder } = options;
  const arboristOptions: Record<string, unknown> = {
    path: folder,
    cache: options.cache,
    ...options.registries.options,
    proxy: options.proxy ?? undefined,
    omit: OMIT,
    ignoreScripts: true,
    audit: false,
    fund: false,
    save: false,
    binLinks: false,
    packageLock: true,
    progress: false,
    // npm's defaults wait up to a minute between retries; an operator offline should hear it in seconds.
    fetchRetries: 2,
    fetchRetryMintimeout: 1_000,
    fetchRetryMaxtimeout: 5_000,
  };
  const lockfile = await firstExisting(folder, LOCKFILES);
  const arborist = new Arborist(arboristOptions);
  if (lockfile) {
    const virtual = new Arborist(arboristOptions);
    const locked = new Map((await virtual.loadVirtual()).inventory);
    const ideal = await arborist.buildIdealTree();
    const mismatches = lockfileMismatches(locked, ideal.inventory);
    if (mismatches.length > 0) throw new LockfileOutOfSync(lockfile, mismatches);
    options.onPlanned(countToWrite(ideal.inventory));
    await emptyNodeModules(folder);
  } else {
    options.onPlanned(countToWrite((await arborist.buildIdealTree()).inventory));
  }
  await arborist.reify(arboristOptions);
  return { folder, mode: lockfile ? 'ci' : 'install' };
}

type Inventory = Map<string, { name: string; version: string }>;

/** npm ci's check (lib/utils/validate-lockfile.js): every package of the ideal tree, at the locked version. */
export function lockfileMismatches(locked: Inventory, ideal: Inventory): string[] {
  const errors: string[] = [];
  for (const [location, node] of ideal) {
    const lock = locked.get(location);
    if (!lock) errors.push(`Missing: ${node.name}@${node.version} from lock file`);
    else if (lock.version !== node.version) errors.push(`Invalid: lock file's ${lock.name}@${lock.version} does not satisfy ${node.name}@${node.version}`);
  }
  return errors;
}

function countToWrite(inventory: Map<string, { isProjectRoot: boolean; isLink: boolean; shouldOmit(omit: Set<string>): boolean }>): number {
  const omit = new Set(OMIT);
  let count = 0;
  for (const node of inventory.values()) if (!node.isProjectRoot && !node.isLink && !node.shouldOmit(omit)) count++;
  return count;
}

/** As npm ci does, once the lockfile is known good: what node_modules held goes. */
async function emptyNodeModules(folder: string): Promise<void> {
  const nodeModules = path.join(folder, 'node_modules');
  const entries = await readdir(nodeModules).catch(() => []);
  await Promise.all(entries.map((entry) => rm(path.join(nodeModules, entry), { recursive: true, force: true })));
}

async function firstExisting(folder: string, names: readonly string[]): Promise<string | null> {
  for (const name of names) {
    if (await stat(path.join(folder, name)).then((s) => s.isFile(), () => false)) return name;
  }
  return null;
}
