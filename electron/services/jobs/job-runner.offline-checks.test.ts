import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, liveGroupMembers, startUploadBench, type UploadBench } from '../../../bench/upload-bench';
import type { JobOutcome, OfflineChecksResult } from '../../../shared/jobs';
import type { OfflineChecksOptions } from './job-messages';

// The pre-upload check's offline job, the real miniprogram-ci in a job process: nested-shop
// compiled as an upload compiles it, its packages measured, and compared with what the fake
// WeChat computes from a real upload of the same project. The fake is the job's proxy, so any
// request that left the job would be seen there.
let bench: UploadBench;
beforeAll(async () => {
  bench = await startUploadBench();
});
afterAll(async () => bench.close());
afterEach(() => bench.runner.cancelAll());

const ALL: OfflineChecksOptions = { compile: true, buildNpm: false, quality: true };

function offlineChecks(options: OfflineChecksOptions = ALL, overrides: Parameters<typeof fixtureProject>[0] = {}) {
  // No key: the job never signs anything (the release service starts it with needsKey: false).
  return bench.runner.start({ kind: 'offline-checks', project: fixtureProject(overrides), options, privateKey: '', proxy: bench.fake.proxyUrl }).outcome;
}

function valueOf(outcome: JobOutcome<'offline-checks'>): OfflineChecksResult {
  if (!outcome.ok) throw new Error(`job failed: ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('offline checks', () => {
  it('measures nested-shop without a request leaving the job, as WeChat measures the uploaded package', async () => {
    const requestsBefore = bench.fake.requests.length;
    const value = valueOf(await offlineChecks());
    // The compiler asked for its extension list and was refused at once; nothing reached the proxy.
    expect(bench.fake.requests.length).toBe(requestsBefore);
    expect(value.refusedRequests).toEqual(['https://servicewechat.com/wxa/ci/getwhiteextlist']);
    if (!value.sizes?.ok) throw new Error(JSON.stringify(value.sizes));
    const measured = value.sizes.value;
    expect(measured.packages.map((p) => p.name).sort()).toEqual(['__APP__', '__FULL__', 'packageOrder/']);

    const upload = await bench.runner.start({
      kind: 'upload',
      project: fixtureProject(),
      options: { version: '1.0.0', robot: 1 },
      privateKey: bench.key.privateKey,
      proxy: bench.fake.proxyUrl,
    }).outcome;
    expect(upload.ok).toBe(true);
    const received = bench.fake.uploads.at(-1)!;
    // Byte for byte what the server side computes from the package it received.
    expect([...measured.packages].sort(byName)).toEqual(received.subpackageInfo.map(({ name, size }) => ({ name, bytes: size })).sort(byName));
    const codeFiles = [...received.files.keys()].filter((name) => name !== '/ci.signature' && !name.endsWith('.js.map'));
    expect(measured.fileCount).toBe(codeFiles.length);
  });

  it('reports the code-quality items by name, failed ones included', async () => {
    const value = valueOf(await offlineChecks({ compile: false, buildNpm: false, quality: true }));
    expect(value.sizes).toBeNull();
    if (!value.quality?.ok) throw new Error(JSON.stringify(value.quality));
    const items = new Map(value.quality.value.map((item) => [item.name, item]));
    // nested-shop minifies JS but not WXML or WXSS, and does not turn on lazyCodeLoading.
    expect(items.get('JS_COMPRESS_OPEN')?.passed).toBe(true);
    expect(items.get('WXML_COMPRESS_OPEN')?.passed).toBe(false);
    expect(items.get('WXSS_COMPRESS_OPEN')?.passed).toBe(false);
    expect(items.get('LAZYCODE_LOADING_OPEN')?.passed).toBe(false);
    // The library's size detail becomes readable lines.
    expect(items.get('PACKAGE_SIZE_LIMIT')?.detail).toMatch(/^__APP__: \d+\npackageOrder\/: \d+$/);
  });

  it("a compile that fails is the compile's own problem, found before any upload", async () => {
    const demo = path.resolve('e2e/fixtures/projects/plugin-dev');
    const value = valueOf(await offlineChecks(ALL, { appid: 'wx2222222222222222', projectPath: demo, expectedFiles: 10 }));
    expect(value.sizes).toMatchObject({ ok: false, problem: { code: 'ci.plugin-dev-version', severity: 'error' } });
    for (const child of bench.launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
  });
});
