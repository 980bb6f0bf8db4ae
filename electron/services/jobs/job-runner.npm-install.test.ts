import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { liveGroupMembers, recordingLauncher, WORKER_FILE } from '../../../bench/upload-bench';
import { closedRegistryUrl, startFakeNpmRegistry, type FakeNpmRegistry } from '../../../e2e/fake-npm/fake-npm-registry';
import { installedVersion, SHOP_PACKAGES, writeNpmProject } from '../../../e2e/fake-npm/npm-project';
import { describeProblem } from '../../../shared/errors';
import type { JobProgress } from '../../../shared/jobs';
import { silentLogger } from '../logging/logger';
import { readProject } from '../project/read-project';
import { readProjectIdentity } from '../project/read-project-identity';
import { createReleaseService, npmInstallFolders } from '../release/release-service';
import { JobRunner } from './job-runner';
import { nodeJobLauncher } from './node-job-launcher';

// The npm-install job: npm's installer (arborist) in a job process, against a fake registry on
// 127.0.0.1 serving packuments and tarballs made at test time.

let registry: FakeNpmRegistry;
let launcher: ReturnType<typeof recordingLauncher>;
let runner: JobRunner;
const projects: string[] = [];

beforeAll(async () => {
  registry = await startFakeNpmRegistry({ packages: SHOP_PACKAGES });
  launcher = recordingLauncher(nodeJobLauncher(WORKER_FILE));
  runner = new JobRunner({ launcher });
});
afterEach(async () => {
  await runner.cancelAll();
  for (const dir of projects.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
afterAll(async () => registry.close());

function project(options: Parameters<typeof writeNpmProject>[1]): string {
  const root = writeNpmProject(registry, options);
  projects.push(root);
  return root;
}

/** The folders the check names, installed through the runner as the release service would. */
async function install(root: string, registryUrl: string, progress: JobProgress[] = []) {
  const folders = npmInstallFolders((await readProject(root)).problems);
  expect(folders).toEqual([path.join(root, 'miniprogram')]);
  return runner.start({
    kind: 'npm-install',
    project: { appid: 'wx0123456789abcdef', projectPath: root, compileType: 'miniprogram', expectedFiles: 0 },
    options: { folders, registry: registryUrl },
    privateKey: '',
    proxy: null,
    onProgress: (p) => progress.push(p),
  }).outcome;
}

const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('npm install in a job process', () => {
  it('installs the lockfile\'s versions (not the newest), runs no scripts, changes no tracked file, and the check then passes', async () => {
    const root = project({ lockfile: true });
    const code = path.join(root, 'miniprogram');
    const before = { pkg: read(path.join(code, 'package.json')), lock: read(path.join(code, 'package-lock.json')) };
    const progress: JobProgress[] = [];

    const outcome = await install(root, registry.url, progress);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value.folders).toEqual([{ folder: code, mode: 'ci', added: 3 }]);
    expect(installedVersion(root, 'dayjs')).toBe('1.11.10');
    expect(read(path.join(code, 'node_modules/dayjs/index.js'))).toContain('dayjs 1.11.10');
    expect(installedVersion(root, '@shop/price')).toBe('2.0.0');
    expect(installedVersion(root, 'tiny-round')).toBe('1.0.0');
    // The lockfile's registry.npmjs.org URLs went to the configured registry; no packument was needed.
    expect(registry.requests).toEqual(expect.arrayContaining(['/dayjs/-/dayjs-1.11.10.tgz', '/@shop/price/-/price-2.0.0.tgz']));
    expect(registry.requests).not.toContain('/dayjs');
    expect(fs.existsSync(path.join(code, 'node_modules/@shop/price/SCRIPT-RAN'))).toBe(false);
    expect({ pkg: read(path.join(code, 'package.json')), lock: read(path.join(code, 'package-lock.json')) }).toEqual(before);

    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['starting', 'install', 'finishing']));
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);

    const after = await readProject(root);
    expect(after.problems.map((p) => p.code)).toEqual(['project.npm-not-built']);
    expect(after.summary?.npm.needsBuild).toBe(true);
    for (const child of launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
  });

  it('without a lockfile installs what package.json allows today, and writes no lockfile', async () => {
    const root = project({ lockfile: false });
    const outcome = await install(root, registry.url);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value.folders[0]).toMatchObject({ mode: 'install', added: 3 });
    expect(installedVersion(root, 'dayjs')).toBe('1.11.13');
    expect(fs.existsSync(path.join(root, 'miniprogram/package-lock.json'))).toBe(false);
  });

  it('offline (the registry port closed) says it cannot reach the registry, naming it and a package', async () => {
    const closed = await closedRegistryUrl();
    const outcome = await install(project({ lockfile: true }), closed);
    if (outcome.ok) throw new Error('installed while offline');
    expect(outcome.problem).toMatchObject({ code: 'npm.offline', params: { registry: closed, proxy: 'none' } });
    expect(['dayjs', '@shop/price', 'tiny-round']).toContain(outcome.problem.params?.package);
    expect(outcome.problem.detail).toMatch(/ECONNREFUSED/);
    expect(describeProblem(outcome.problem, 'zh-CN').message).toBe(`连不上 npm 仓库 ${closed}，${String(outcome.problem.params?.package)} 没能下载。`);
  });

  it('a package the registry does not have (404) is named', async () => {
    const outcome = await install(project({ lockfile: false, extraDependencies: { 'no-such-pkg': '^1.0.0' } }), registry.url);
    if (outcome.ok) throw new Error('installed a package that does not exist');
    expect(outcome.problem).toMatchObject({ code: 'npm.not-found', params: { package: 'no-such-pkg', registry: registry.url } });
    expect(describeProblem(outcome.problem, 'en').message).toBe(`The npm registry ${registry.url} has no package named no-such-pkg (404).`);
  });

  it('refuses a lockfile that does not match package.json, as npm ci does, and leaves node_modules alone', async () => {
    const root = project({ lockfile: true });
    const pkgFile = path.join(root, 'miniprogram/package.json');
    fs.writeFileSync(pkgFile, read(pkgFile).replace('"dayjs": "^1.11.0"', '"dayjs": "^1.11.13"'));
    const outcome = await install(root, registry.url);
    if (outcome.ok) throw new Error('installed from a stale lockfile');
    expect(outcome.problem).toMatchObject({ code: 'npm.lockfile-out-of-sync', params: { file: 'package-lock.json' } });
    expect(outcome.problem.detail).toContain('dayjs@1.11.10');
    expect(fs.existsSync(path.join(root, 'miniprogram/node_modules'))).toBe(false);
  });
});

describe('the release service\'s npm install', () => {
  it('installs what the verdict names, from the registry in .npmrc, through the app\'s proxy, without a key', async () => {
    const root = project({ lockfile: false });
    // The project's .npmrc wins over the app's setting; the proxy (the fake, which answers proxied requests) reaches it.
    fs.writeFileSync(path.join(root, 'miniprogram/.npmrc'), 'registry=http://registry.invalid/\n');
    const release = createReleaseService({
      checkProject: () => Promise.reject(new Error('an install needs no domain scan')),
      readProject,
      readProjectIdentity,
      keys: { useKey: () => Promise.reject(new Error('an install needs no key')) },
      runner,
      proxy: () => registry.url,
      npmRegistry: () => 'http://app-setting.invalid/',
      logger: silentLogger,
    });
    const outcome = await release.installNpm({ projectRoot: root });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(installedVersion(root, 'dayjs')).toBe('1.11.13');
    expect(registry.proxied.length).toBeGreaterThan(0);
    expect(registry.proxied.every((url) => url.startsWith('http://registry.invalid/'))).toBe(true);
    // Nothing left to install: the job runs and installs nothing.
    const again = await release.installNpm({ projectRoot: root });
    expect(again).toMatchObject({ ok: true, value: { folders: [] } });
  });
});
