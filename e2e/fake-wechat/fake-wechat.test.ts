import { readdirSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, it, expect, onTestFinished } from 'vitest';
import { FIXTURE_PAGES, FIXTURE_SUBPACKAGE } from './mini-program-fixture';
import { generateTestKey, prepareTestRun } from './test-run-setup';
import type { FailureMode, FakeWechatOptions } from './types';
import { decodeQrPng } from '../support/decode-qr';

// Runs the real miniprogram-ci (in a child process) against the fake. Each upload takes ~1.5-2 s.

const registeredKey = generateTestKey();
const strangerKey = generateTestKey();
const CI_TEST_TIMEOUT = 40_000;

async function setUp(options: FakeWechatOptions = {}) {
  const run = await prepareTestRun(registeredKey, options);
  onTestFinished(() => run.cleanup());
  return run;
}

/** Members of a process group that are still running (zombies waiting for PID 1 to reap them do not count). */
function livingMembersOfGroup(pgid: number): number[] {
  const living: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === pgid && state !== 'Z') living.push(Number(entry));
  }
  return living;
}

/** True once the driver and everything it started (its process group, e.g. the compiler) has stopped. */
async function processGroupGone(pid: number | undefined): Promise<boolean> {
  if (pid === undefined) return false;
  for (const startedAt = Date.now(); Date.now() - startedAt < 2000; await new Promise((r) => setTimeout(r, 50))) {
    if (livingMembersOfGroup(pid).length === 0) return true;
  }
  return false;
}

/** Independent of png.ts: walks the chunks and inflates the pixels, so the bytes really are a PNG. */
function decodePngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  expect(inflateSync(Buffer.concat(idat)).length).toBe(height * (width + 1));
  return { width, height };
}

describe('fake servicewechat.com with the real miniprogram-ci', () => {
  it('verifies the signature of an upload and receives the compiled package', { timeout: CI_TEST_TIMEOUT }, async () => {
    const { fake, runCi } = await setUp();
    const outcome = await runCi('upload', registeredKey);

    expect(outcome.error).toBeUndefined();
    expect(outcome.ok).toBe(true);
    expect(fake.uploads).toHaveLength(1);
    const upload = fake.uploads[0]!;
    expect(upload).toMatchObject({ kind: 'upload', signatureVerified: true, version: '1.2.3', desc: 'fake-wechat e2e', robot: '7' });
    expect(upload.ciVersion).toBe('2.1.42');

    const appJson = JSON.parse(upload.files.get('/app.json')!.toString('utf8'));
    expect(appJson.pages).toEqual(FIXTURE_PAGES);
    expect(appJson.subPackages[0].root.replace(/\/$/, '')).toBe(FIXTURE_SUBPACKAGE.root);
    const pagePaths = [...FIXTURE_PAGES, `${FIXTURE_SUBPACKAGE.root}/${FIXTURE_SUBPACKAGE.pages[0]}`];
    for (const pagePath of pagePaths) {
      for (const extension of ['js', 'json', 'wxml', 'wxss']) expect(upload.files.has(`/${pagePath}.${extension}`)).toBe(true);
    }
    expect(upload.files.get('/pages/index/index.wxml')!.toString('utf8')).toContain('bindtap="onTap"');

    expect(upload.subpackageInfo.map((entry) => entry.name)).toEqual(['__FULL__', '__APP__', 'packageA/']);
    expect(outcome.result?.subPackageInfo).toEqual(upload.subpackageInfo);

    expect(fake.requests.filter((request) => request.method === 'CONNECT').every((request) => !request.refused)).toBe(true);
    expect(fake.requests.filter((request) => request.target === '/wxa/ci/getrandstr')).toHaveLength(2);
    expect(await processGroupGone(outcome.pid)).toBe(true);
  });

  it('previews: the base64 QR file is a data URL that decodes to a PNG', { timeout: CI_TEST_TIMEOUT }, async () => {
    const { fake, runCi, qrcodePath } = await setUp();
    const outcome = await runCi('preview', registeredKey);

    expect(outcome.error).toBeUndefined();
    const upload = fake.uploads[0]!;
    expect(upload).toMatchObject({ kind: 'preview', signatureVerified: true, version: '0.0.1' });
    expect(upload.query.path).toBe('pages/index/index?a=1&b=2');
    expect(outcome.result?.subPackageInfo).toEqual(upload.subpackageInfo);

    const dataUrl = readFileSync(qrcodePath, 'utf8');
    const match = /^data:image\/jpeg;base64,([A-Za-z0-9+/]+=*)$/.exec(dataUrl);
    expect(match).not.toBeNull();
    const png = Buffer.from(match![1]!, 'base64');
    const { width, height } = decodePngSize(png);
    expect(width).toBeGreaterThan(20);
    expect(height).toBe(width);
    expect(decodeQrPng(png)).toBe(upload.qrContent);
    expect(upload.qrContent).toBe('https://fake-wechat.test/preview?appid=wx0123456789abcdef&path=pages%2Findex%2Findex%3Fa%3D1%26b%3D2&n=1');
  });

  it('rejects a package signed with a key that is not registered for the appid', { timeout: CI_TEST_TIMEOUT }, async () => {
    const { fake, runCi } = await setUp();
    const outcome = await runCi('upload', strangerKey);

    expect(outcome.error).toMatchObject({ code: 20003, message: 'Error: {"errCode":-1,"errMsg":"get new ticket fail"}' });
    expect(fake.uploads[0]?.signatureVerified).toBe(false);
    expect(fake.uploads[0]?.signatureProblem).toMatch(/does not verify/);
  });

  const failures: Array<{ mode: FailureMode; code: number; message: string | RegExp }> = [
    {
      mode: 'invalid-ip',
      code: 20003,
      message: 'Error: {"errCode":-10008,"errMsg":"invalid ip: 198.51.100.23, reference: https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html"}',
    },
    { mode: 'wrong-key', code: 20003, message: 'Error: {"errCode":-1,"errMsg":"get new ticket fail"}' },
    { mode: 'server-500', code: 20003, message: /^SyntaxError: Unexpected token 'I', "Internal S"\.\.\. is not valid JSON$/ },
    { mode: 'html', code: 20003, message: /^SyntaxError: Unexpected token '<', "<!DOCTYPE "\.\.\. is not valid JSON$/ },
    { mode: 'drop', code: 20003, message: 'Error: socket hang up' },
  ];
  it.each(failures)('surfaces upload mode $mode as code $code', { timeout: CI_TEST_TIMEOUT }, async ({ mode, code, message }) => {
    const { fake, runCi } = await setUp({ clientIp: '198.51.100.23' });
    fake.setMode(mode);
    const outcome = await runCi('upload', registeredKey);

    expect(outcome.ok).toBe(false);
    expect(outcome.error?.code).toBe(code);
    if (typeof message === 'string') expect(outcome.error?.message).toBe(message);
    else expect(outcome.error?.message).toMatch(message);
    // The package arrived and verified; only the answer was bad.
    expect(fake.uploads[0]?.signatureVerified).toBe(true);
  });

  it('surfaces a dropped getrandstr as code 20001', { timeout: CI_TEST_TIMEOUT }, async () => {
    const { fake, runCi } = await setUp();
    fake.setMode('drop', 'getrandstr');
    const outcome = await runCi('upload', registeredKey);

    expect(outcome.error).toMatchObject({ code: 20001, message: 'Error: socket hang up' });
    expect(fake.uploads).toHaveLength(0);
  });

  it('answers normally after slowMs', { timeout: CI_TEST_TIMEOUT }, async () => {
    const { fake, runCi } = await setUp({ mode: { slowMs: 1500 } });
    const outcome = await runCi('upload', registeredKey);

    expect(outcome.ok).toBe(true);
    const uploadRequest = await fake.waitForRequest('/wxa/ci/upload', 0);
    expect(uploadRequest.outcome).toBe('delayed');
    expect(Date.now() - uploadRequest.at).toBeGreaterThanOrEqual(1500);
  });

  it('never answers: the test deadline kills the child, and close() still returns', { timeout: CI_TEST_TIMEOUT }, async () => {
    const { fake, runCi, cleanup } = await setUp({ mode: 'never-answer' });
    const deadline = new AbortController();
    const running = runCi('upload', registeredKey, { signal: deadline.signal });

    const seen = await fake.waitForRequest('/wxa/ci/upload', 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    deadline.abort();
    const outcome = await running;

    expect(seen.outcome).toBe('held');
    expect(outcome).toMatchObject({ ok: false, aborted: true, timedOut: false });
    expect(outcome.error).toBeUndefined();
    expect(await processGroupGone(outcome.pid)).toBe(true);
    // A cleanup that waited for the held request would run into the test's timeout.
    await cleanup();
  });
});
