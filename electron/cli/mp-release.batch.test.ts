import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BATCH_APPIDS, makeBatchProjects } from '../../e2e/support/batch-projects';
import { startCliBench, type CliBench } from '../../bench/cli-bench';

// `mp-release batch` as a real process on three copies of nested-shop (three appids, each with its
// private.<appid>.key beside the config), the real job worker and miniprogram-ci, the fake WeChat.
// Each test runs the whole batch: three uploads, two at a time.

let bench: CliBench;
let batchDir: string;
let configFile: string;
const [first, refused, third] = BATCH_APPIDS;

interface JsonRow {
  project: string;
  appid: string | null;
  extAppid: string | null;
  version: string;
  desc: string | null;
  state: string;
  attempts: number;
  problem?: { code: string; params?: Record<string, unknown>; message: string; next: string };
  result?: { durationMs: number };
}

beforeAll(async () => {
  bench = await startCliBench();
  batchDir = path.join(bench.tempDir, 'batch');
  fs.mkdirSync(batchDir);
  makeBatchProjects(batchDir);
  for (const appid of BATCH_APPIDS) {
    bench.fake.registerApp(appid, bench.key.publicKey);
    fs.writeFileSync(path.join(batchDir, `private.${appid}.key`), bench.key.privateKey, { mode: 0o600 });
  }
  configFile = path.join(batchDir, 'batch.json');
  fs.writeFileSync(
    configFile,
    JSON.stringify({
      defaults: { version: '3.1.0', desc: '批量发布' },
      concurrency: 2,
      rows: [{ project: 'shop-1' }, { project: 'shop-2', robot: 5 }, { project: 'shop-3', version: '3.1.1', desc: '第三家' }],
    }),
  );
});
afterAll(async () => bench?.close());
afterEach(() => bench.stopRuns());
beforeEach(() => {
  bench.fake.setMode('ok');
  for (const appid of BATCH_APPIDS) bench.fake.setAppMode(appid, null);
});

const proxyArgs = () => ['--proxy', bench.fake.proxyUrl];

describe('mp-release batch', () => {
  it('uploads every row; one refused by the IP whitelist fails alone; --json gives the summary; exit 1', async () => {
    bench.fake.setAppMode(refused, 'invalid-ip');
    const before = bench.fake.uploads.length;
    const { code, stdout, stderr } = await bench.run(['batch', configFile, ...proxyArgs(), '--json'], { timeoutMs: 120_000 });
    expect(code, stderr).toBe(1);
    const output = JSON.parse(stdout) as { ok: boolean; summary: { total: number; ok: number; failed: number; rows: JsonRow[] } };
    expect(output.ok).toBe(false);
    expect(output.summary).toMatchObject({ total: 3, ok: 2, failed: 1 });
    const [a, b, c] = output.summary.rows;
    expect(a).toMatchObject({ appid: first, version: '3.1.0', desc: '批量发布', state: 'ok', attempts: 1 });
    expect(b).toMatchObject({ appid: refused, state: 'failed', problem: { code: 'ci.invalid-ip', params: { ip: '203.0.113.7' } } });
    expect(b?.problem?.next).toContain('203.0.113.7');
    expect(c).toMatchObject({ appid: third, version: '3.1.1', desc: '第三家', state: 'ok' });
    expect(a?.project).toBe(path.join(batchDir, 'shop-1'));

    // What WeChat received: the two accepted rows, with their own version and notes, signed with their keys.
    const received = bench.fake.uploads.slice(before).filter((u) => u.appid !== refused);
    expect(received.map((u) => [u.appid, u.version, u.desc, u.signatureVerified]).sort()).toEqual([
      [first, '3.1.0', '批量发布', true],
      [third, '3.1.1', '第三家', true],
    ]);
    // stderr told the refused row's problem with the fix, and each row's start and end.
    expect(stderr).toContain('错误 [ci.invalid-ip]');
    expect(stderr).toContain('[2/3] 上传失败 shop-2 3.1.0');
    expect(stderr).toContain('[1/3] 上传成功 shop-1 3.1.0');
    expect(stderr).toContain('[3/3] 上传成功 shop-3 3.1.1');
  }, 120_000);

  it('prints a row per project and the summary, exit 0 when all succeed (in English)', async () => {
    const { code, stdout, stderr } = await bench.run(['batch', configFile, ...proxyArgs(), '--lang', 'en'], { timeoutMs: 120_000 });
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(new RegExp(`^Succeeded  shop-1  ${first}  3\\.1\\.0  `));
    expect(lines[1]).toMatch(new RegExp(`^Succeeded  shop-2  ${refused}  3\\.1\\.0  `));
    expect(lines[3]).toBe('Done: 3 of 3 projects succeeded, 0 failed.');
    expect(bench.fake.uploads.filter((u) => u.appid === refused).at(-1)).toMatchObject({ robot: '5', signatureVerified: true });
  }, 120_000);

  it('uploads one 第三方平台 template for three merchants, one after another; the one not authorised fails alone', async () => {
    // e2e/fixtures/projects/ext-template: one codebase, its development appid's key, an extAppid per row.
    const devAppid = 'wx5e1f000000000001';
    const [shopA, shopB, notAuthorised] = ['wxa000000000000001', 'wxa000000000000002', 'wxa0000000000000ff'];
    fs.cpSync(path.resolve('e2e/fixtures/projects/ext-template'), path.join(batchDir, 'template'), { recursive: true });
    fs.writeFileSync(path.join(batchDir, `private.${devAppid}.key`), bench.key.privateKey, { mode: 0o600 });
    bench.fake.registerApp(devAppid, bench.key.publicKey);
    bench.fake.setPlatform(devAppid, [shopA, shopB]);
    const extConfig = path.join(batchDir, 'ext-batch.json');
    fs.writeFileSync(
      extConfig,
      JSON.stringify({
        defaults: { version: '5.0.0', desc: '商家版' },
        rows: [
          { project: 'template', extAppid: shopA },
          { project: 'template', extAppid: shopB, ext: { shopName: '第二家' } },
          { project: 'template', extAppid: notAuthorised, ext: { shopName: '没授权' } },
        ],
      }),
    );
    const before = bench.fake.uploads.length;
    const { code, stdout, stderr } = await bench.run(['batch', extConfig, ...proxyArgs(), '--json'], { timeoutMs: 120_000 });
    expect(code, stderr).toBe(1);
    const output = JSON.parse(stdout) as { ok: boolean; summary: { total: number; ok: number; failed: number; rows: JsonRow[] } };
    expect(output.summary).toMatchObject({ total: 3, ok: 2, failed: 1 });
    expect(output.summary.rows).toMatchObject([
      { appid: devAppid, extAppid: shopA, version: '5.0.0', state: 'ok' },
      { appid: devAppid, extAppid: shopB, state: 'ok' },
      { appid: devAppid, extAppid: notAuthorised, state: 'failed', problem: { code: 'ci.ext-appid-not-auth' } },
    ]);
    expect(stderr).toContain('[3/3] 上传失败 template（商家 wxa0000000000000ff） 5.0.0');
    expect(stderr).toContain('错误 [ci.ext-appid-not-auth]');

    // What WeChat received: three uploads signed with the development appid's key, each for its merchant with its config.
    const received = bench.fake.uploads.slice(before);
    expect(received.map((u) => [u.appid, u.extAppId, u.signatureVerified, u.extConfig])).toEqual([
      [devAppid, shopA, true, { extAppid: shopA, ext: { shopName: '示例商家' }, directCommit: true }],
      [devAppid, shopB, true, { extAppid: shopB, ext: { shopName: '第二家' }, directCommit: true }],
      [devAppid, notAuthorised, true, { extAppid: notAuthorised, ext: { shopName: '没授权' }, directCommit: true }],
    ]);
    // The operator's template is as it was.
    expect(JSON.parse(fs.readFileSync(path.join(batchDir, 'template/miniprogram/ext.json'), 'utf8'))).toMatchObject({ extAppid: shopA });
  }, 120_000);

  it('refuses a config that is not in the format, naming where', async () => {
    const bad = path.join(batchDir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ concurrency: 9, rows: [{ project: 'shop-1' }] }));
    const { code, stdout, stderr } = await bench.run(['batch', bad, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'batch.config-invalid', params: { where: 'concurrency' } } });
    expect(stderr).toContain('docs/batch-config.schema.json');
  });
});
