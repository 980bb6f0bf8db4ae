import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { FIXTURE_APPID, startUploadBench, type UploadBench } from '../../../bench/upload-bench';
import { startFakeNpmRegistry, type FakeNpmRegistry } from '../../../e2e/fake-npm/fake-npm-registry';
import { SHOP_PACKAGES, writeNpmProject } from '../../../e2e/fake-npm/npm-project';
import { readProject } from '../project/read-project';
import { jobProjectOf, npmInstallFolders } from '../release/release-service';

// From a project checked out of git (no node_modules) to an upload whose package carries the built
// npm packages: the check blocks, the install job installs, the check passes, the upload builds npm.

let bench: UploadBench;
let registry: FakeNpmRegistry;
let root = '';
beforeAll(async () => {
  [bench, registry] = await Promise.all([startUploadBench(), startFakeNpmRegistry({ packages: SHOP_PACKAGES })]);
});
afterEach(async () => {
  await bench.runner.cancelAll();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});
afterAll(async () => {
  await Promise.all([bench.close(), registry.close()]);
});

it('uploads miniprogram_npm/<package> after the app installed what was missing', async () => {
  root = writeNpmProject(registry, { lockfile: true });
  const blocked = await readProject(root);
  expect(blocked.problems.map((p) => p.code)).toEqual(['project.npm-missing']);

  const installed = await bench.runner.start({
    kind: 'npm-install',
    project: jobProjectOf(blocked.summary!),
    options: { folders: npmInstallFolders(blocked.problems), registry: registry.url },
    privateKey: '',
    proxy: null,
  }).outcome;
  if (!installed.ok) throw new Error(JSON.stringify(installed.problem));

  const checked = await readProject(root);
  expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const summary = checked.summary!;
  expect(summary.npm.needsBuild).toBe(true);
  // As the release service decides it: build npm first when the check says so.
  const uploaded = await bench.runner.start({
    kind: 'upload',
    project: { ...jobProjectOf(summary), appid: FIXTURE_APPID },
    options: { version: '1.0.0', robot: 1, buildNpm: summary.npm.needsBuild },
    privateKey: bench.key.privateKey,
    proxy: bench.fake.proxyUrl,
  }).outcome;
  if (!uploaded.ok) throw new Error(JSON.stringify(uploaded.problem));
  const files = bench.fake.uploads.at(-1)!.files;
  expect(files.has('/miniprogram_npm/dayjs/index.js')).toBe(true);
  expect(files.has('/miniprogram_npm/@shop/price/index.js')).toBe(true);
  expect(files.get('/miniprogram_npm/dayjs/index.js')?.toString()).toContain('dayjs 1.11.10');
});
