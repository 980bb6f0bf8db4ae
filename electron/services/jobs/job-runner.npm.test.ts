import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, fixtureProject, liveGroupMembers, startUploadBench, type UploadBench } from '../../../bench/upload-bench';

// npm build (packNpm) and the code-quality scan, run like uploads: the real library in a job process.
let bench: UploadBench;
let project: string;
beforeAll(async () => {
  bench = await startUploadBench();
});
afterAll(async () => bench.close());
// A test that failed or timed out must not leave its job running into the next test.
afterEach(() => bench.runner.cancelAll());

/** The fixture, copied, with one npm dependency installed in node_modules but never built. */
function copyWithDependency(installed: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-project-'));
  fs.cpSync(FIXTURE_ROOT, dir, { recursive: true });
  const code = path.join(dir, 'miniprogram');
  fs.writeFileSync(path.join(code, 'package.json'), JSON.stringify({ name: 'shop', dependencies: { 'tiny-price': '1.0.0' } }));
  if (installed) {
    const pkg = path.join(code, 'node_modules', 'tiny-price');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'tiny-price', version: '1.0.0', main: 'index.js' }));
    fs.writeFileSync(path.join(pkg, 'index.js'), "module.exports = function price(cents) { return '¥' + (cents / 100).toFixed(2); };\n");
  }
  return dir;
}

beforeEach(() => {
  project = '';
});
afterEach(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

const run = <K extends 'pack-npm' | 'quality-scan' | 'upload'>(kind: K, projectPath: string, options: object = {}) =>
  bench.runner.start({
    kind,
    project: fixtureProject({ projectPath }),
    options: options as never,
    privateKey: bench.key.privateKey,
    proxy: bench.fake.proxyUrl,
  }).outcome;

describe('npm build', () => {
  it('builds miniprogram_npm from node_modules', async () => {
    project = copyWithDependency(true);
    const outcome = await run('pack-npm', project);
    expect(outcome.ok).toBe(true);
    const built = path.join(project, 'miniprogram', 'miniprogram_npm', 'tiny-price', 'index.js');
    expect(fs.readFileSync(built, 'utf8')).toContain('toFixed(2)');
    for (const child of bench.launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
  });

  it('builds npm before an upload that asks for it, so the package carries it', async () => {
    project = copyWithDependency(true);
    const outcome = await run('upload', project, { version: '1.0.0', robot: 1, buildNpm: true });
    expect(outcome.ok).toBe(true);
    expect(bench.fake.uploads.at(-1)?.files.has('/miniprogram_npm/tiny-price/index.js')).toBe(true);
  });

  it('says the packages are not installed when node_modules is missing', async () => {
    project = copyWithDependency(false);
    const outcome = await run('pack-npm', project);
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'ci.npm-not-installed' } });
  });
});

describe('code-quality scan', () => {
  it('runs offline and reports named checks', async () => {
    const requestsBefore = bench.fake.requests.length;
    const outcome = await run('quality-scan', FIXTURE_ROOT);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value.items.length).toBeGreaterThan(0);
    for (const item of outcome.value.items) expect(item.name).not.toBe('');
    expect(bench.fake.requests.length).toBe(requestsBefore);
  });
});
