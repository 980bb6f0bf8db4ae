import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, startUploadBench, type UploadBench } from '../../../bench/upload-bench';
import type { JobOutcome } from '../../../shared/jobs';

// A 第三方平台 template (e2e/fixtures/projects/ext-template) uploaded for merchants other than the one its
// ext.json names: the real miniprogram-ci sends each extAppId and compiles each `ext`, the operator's
// ext.json stays as it was, and an extAppid the platform may not upload for is WeChat's refusal.
const TEMPLATE = path.resolve('e2e/fixtures/projects/ext-template');
const DEV_APPID = 'wx5e1f000000000001';
const MERCHANT = 'wxa000000000000002';
const NOT_AUTHORISED = 'wxa0000000000000ff';

let bench: UploadBench;
beforeAll(async () => {
  bench = await startUploadBench();
  bench.fake.registerApp(DEV_APPID, bench.key.publicKey);
  bench.fake.setPlatform(DEV_APPID, ['wxa000000000000001', MERCHANT]);
});
afterAll(async () => bench.close());
afterEach(() => bench.runner.cancelAll());

function upload(ext: { extAppid: string; ext?: Record<string, unknown> }) {
  return bench.runner.start({
    kind: 'upload',
    project: { appid: DEV_APPID, projectPath: TEMPLATE, compileType: 'miniprogram', expectedFiles: 7 },
    options: { version: '2.0.0', desc: '商家版', robot: 1, ext },
    privateKey: bench.key.privateKey,
    proxy: bench.fake.proxyUrl,
  }).outcome;
}

function problemOf(outcome: JobOutcome) {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  return outcome.problem;
}

describe('an upload for a merchant of a 第三方平台 template', () => {
  it('sends the row\'s extAppId and compiles its ext; ext.json on disk is unchanged', async () => {
    const onDisk = fs.readFileSync(path.join(TEMPLATE, 'miniprogram/ext.json'), 'utf8');
    const before = bench.fake.uploads.length;
    const outcome = await upload({ extAppid: MERCHANT, ext: { shopName: '第二家' } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    const received = bench.fake.uploads[before]!;
    expect(received).toMatchObject({ appid: DEV_APPID, extAppId: MERCHANT, signatureVerified: true });
    // directCommit: the merchant's 待审核列表, not the platform's draft box.
    expect(received.extConfig).toEqual({ extAppid: MERCHANT, ext: { shopName: '第二家' }, directCommit: true });
    expect(fs.readFileSync(path.join(TEMPLATE, 'miniprogram/ext.json'), 'utf8')).toBe(onDisk);
  });

  it('keeps ext.json\'s own ext when the row gives none', async () => {
    const before = bench.fake.uploads.length;
    const outcome = await upload({ extAppid: MERCHANT });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(bench.fake.uploads[before]?.extConfig).toEqual({ extAppid: MERCHANT, ext: { shopName: '示例商家' }, directCommit: true });
  });

  it('is refused when the platform may not upload for that extAppid (ci.ext-appid-not-auth)', async () => {
    const before = bench.fake.uploads.length;
    const problem = problemOf(await upload({ extAppid: NOT_AUTHORISED }));
    expect(problem.code).toBe('ci.ext-appid-not-auth');
    expect(bench.fake.uploads[before]?.extAppId).toBe(NOT_AUTHORISED);
  });
});

describe('an upload for a merchant of a project with no ext.json', () => {
  it('fails before anything is sent (batch.ext-missing)', async () => {
    const before = bench.fake.uploads.length;
    const outcome = await bench.runner.start({
      kind: 'upload',
      project: fixtureProject(),
      options: { version: '2.0.0', robot: 1, ext: { extAppid: MERCHANT } },
      privateKey: bench.key.privateKey,
      proxy: bench.fake.proxyUrl,
    }).outcome;
    expect(problemOf(outcome)).toMatchObject({ code: 'batch.ext-missing', params: { project: fixtureProject().projectPath } });
    expect(bench.fake.uploads.length).toBe(before);
  });
});
