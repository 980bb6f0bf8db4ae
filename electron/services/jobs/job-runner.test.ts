import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JobOutcome, JobProgress } from '../../../shared/jobs';
import { fixtureProject, liveGroupMembers, startUploadBench, type UploadBench } from '../../../bench/upload-bench';

// The real miniprogram-ci, in real job processes, against the fake servicewechat.com on loopback.
let bench: UploadBench;
beforeAll(async () => {
  bench = await startUploadBench();
});
afterAll(async () => bench.close());
// A test that failed or timed out must not leave its job running into the next test.
afterEach(() => bench.runner.cancelAll());
beforeEach(() => {
  bench.fake.setMode('ok');
  bench.fake.setMode('ok', 'getrandstr');
});

function upload(extra: { deadlineMs?: number; onProgress?: (p: JobProgress) => void; privateKey?: string } = {}) {
  return bench.runner.start({
    kind: 'upload',
    project: fixtureProject(),
    options: { version: '1.2.3', desc: '测试上传', robot: 3 },
    privateKey: extra.privateKey ?? bench.key.privateKey,
    proxy: bench.fake.proxyUrl,
    deadlineMs: extra.deadlineMs,
    onProgress: extra.onProgress,
  });
}

function expectNothingLeft(): void {
  for (const child of bench.launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
}

function problemOf(outcome: JobOutcome) {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  return outcome.problem;
}

describe('upload through the job runner', () => {
  it('compiles, signs and uploads the fixture; the fake verifies it and the sizes match', async () => {
    const progress: JobProgress[] = [];
    const before = bench.fake.uploads.length;
    const outcome = await upload({ onProgress: (p) => progress.push(p) }).outcome;
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));

    const received = bench.fake.uploads[before]!;
    expect(received.signatureVerified).toBe(true);
    expect(received.query).toMatchObject({ version: '1.2.3', desc: '测试上传', robot: '3' });
    expect(JSON.parse(received.files.get('/app.json')!.toString()).pages).toEqual(['pages/index/index', 'pages/cart/cart', 'pages/me/me']);
    for (const file of ['/pages/index/index.js', '/pages/cart/cart.wxml', '/packageOrder/pages/list/list.js']) {
      expect(received.files.has(file), file).toBe(true);
    }
    expect(outcome.value.sizes).toEqual(received.subpackageInfo.map(({ name, size }) => ({ name, bytes: size })));
    expect(outcome.value.sizes.find((s) => s.name === '__FULL__')?.bytes).toBeGreaterThan(0);

    expect(progress.map((p) => p.fraction)).toEqual([...progress.map((p) => p.fraction)].sort((a, b) => a - b));
    expect(progress.at(-1)?.fraction).toBe(1);
    expect(progress.some((p) => p.phase === 'compile' && p.file === 'pages/cart/cart.js')).toBe(true);
    expectNothingLeft();
  });

  it('makes a preview whose QR decodes to an image', async () => {
    const outcome = await bench.runner.start({
      kind: 'preview',
      project: fixtureProject(),
      options: { robot: 1, pagePath: 'pages/cart/cart', searchQuery: 'from=desk' },
      privateKey: bench.key.privateKey,
      proxy: bench.fake.proxyUrl,
    }).outcome;
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    const match = /^data:image\/\w+;base64,(.+)$/.exec(outcome.value.qrDataUrl);
    expect(match).not.toBeNull();
    const bytes = Buffer.from(match![1]!, 'base64');
    const isPng = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    expect(isPng || isJpeg).toBe(true);
    expect(bench.fake.uploads.at(-1)?.kind).toBe('preview');
    expectNothingLeft();
  });
});

describe('each failure becomes its catalogue entry, leaves no process and never hangs', () => {
  it('invalid IP names the IP and the whitelist', async () => {
    bench.fake.setMode('invalid-ip');
    const problem = problemOf(await upload().outcome);
    expect(problem.code).toBe('ci.invalid-ip');
    expect(problem.params?.ip).toBe('203.0.113.7');
    expectNothingLeft();
  });

  it('a key the server does not accept is a key/appid mismatch', async () => {
    bench.fake.setMode('wrong-key');
    expect(problemOf(await upload().outcome).code).toBe('ci.key-mismatch');
  });

  it('a package signed by another key is refused as a mismatch', async () => {
    const { makeTestKey } = await import('../../../bench/upload-bench');
    expect(problemOf(await upload({ privateKey: makeTestKey().privateKey }).outcome).code).toBe('ci.key-mismatch');
  });

  it('a corrupt key cannot sign', async () => {
    const problem = problemOf(await upload({ privateKey: '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n' }).outcome);
    expect(problem.code).toBe('ci.key-invalid');
    expectNothingLeft();
  });

  it('HTTP 500 is a server error', async () => {
    bench.fake.setMode('server-500');
    expect(problemOf(await upload().outcome).code).toMatch(/^ci\.server-(error|rejected)$/);
  });

  it('an HTML page instead of JSON is a server error', async () => {
    bench.fake.setMode('html');
    expect(problemOf(await upload().outcome).code).toBe('ci.server-error');
  });

  it('a dropped connection says so', async () => {
    bench.fake.setMode('drop');
    expect(problemOf(await upload().outcome).code).toBe('ci.connection-dropped');
    expectNothingLeft();
  });

  it('an error page instead of the random string is the server answering with an error, not the network', async () => {
    bench.fake.setMode('server-500', 'getrandstr');
    expect(problemOf(await upload().outcome).code).toBe('ci.server-error');
    expectNothingLeft();
  });

  it("a plugin's dev version in a Mini Program is told apart from npm not built (10009 by its message)", async () => {
    const demo = path.resolve('e2e/fixtures/projects/plugin-dev');
    const outcome = await bench.runner.start({
      kind: 'upload',
      project: fixtureProject({ appid: 'wx2222222222222222', projectPath: demo, expectedFiles: 10 }),
      options: { version: '1.0.0', robot: 1 },
      privateKey: bench.key.privateKey,
      proxy: bench.fake.proxyUrl,
    }).outcome;
    const problem = problemOf(outcome);
    expect(problem.code).toBe('ci.plugin-dev-version');
    expect(problem.detail).toContain('10009');
    expectNothingLeft();
  });

  it('a failed getrandstr is a network problem and does not crash the job process silently', async () => {
    bench.fake.setMode('drop', 'getrandstr');
    const problem = problemOf(await upload().outcome);
    expect(['ci.network', 'ci.connection-dropped']).toContain(problem.code);
    expectNothingLeft();
  });

  it('a server that never answers hits the deadline, and the job is killed', async () => {
    bench.fake.setMode('never-answer');
    const problem = problemOf(await upload({ deadlineMs: 6_000 }).outcome);
    expect(problem).toMatchObject({ code: 'ci.timeout', params: { seconds: 6 }, detail: 'deadline 6000 ms' });
    expectNothingLeft();
  });

  it('a slow server is waited for', async () => {
    bench.fake.setMode({ slowMs: 800 });
    expect((await upload().outcome).ok).toBe(true);
  });
});

describe('control', () => {
  it('cancel mid-compile kills the job and uploads nothing', async () => {
    const before = bench.fake.uploads.length;
    let jobId = '';
    const job = upload({
      onProgress: (p) => {
        if (p.phase === 'compile') bench.runner.cancel(jobId);
      },
    });
    jobId = job.jobId;
    expect(problemOf(await job.outcome).code).toBe('ci.cancelled');
    expect(bench.fake.uploads.length).toBe(before);
    expectNothingLeft();
  });

  it('refuses a second job for the same appid while one runs', async () => {
    const first = upload();
    const second = await upload().outcome;
    expect(problemOf(second)).toMatchObject({ code: 'ci.already-running', params: { appid: 'wx0123456789abcdef' } });
    expect((await first.outcome).ok).toBe(true);
    expect(bench.runner.isBusy('wx0123456789abcdef')).toBe(false);
  });

  it('ignores proxies inherited from the environment and uses the one it is given', async () => {
    const dead = { HTTPS_PROXY: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', npm_config_https_proxy: 'http://127.0.0.1:9' };
    const polluted = await startUploadBench({ baseEnv: dead });
    try {
      const outcome = await polluted.runner.start({
        kind: 'upload',
        project: fixtureProject(),
        options: { version: '1.0.0', robot: 1 },
        privateKey: polluted.key.privateKey,
        proxy: polluted.fake.proxyUrl,
      }).outcome;
      expect(outcome.ok).toBe(true);
    } finally {
      await polluted.close();
    }
  });
});

describe('connection check', () => {
  const check = (privateKey = bench.key.privateKey) =>
    bench.runner.start({ kind: 'connection-check', project: fixtureProject(), options: {}, privateKey, proxy: bench.fake.proxyUrl }).outcome;

  it('passes with the right key from a whitelisted IP', async () => {
    expect((await check()).ok).toBe(true);
  });

  it("returns getattr's released: false, true for this appid, and null when the answer lacks it", async () => {
    const released = async () => {
      const outcome = await check();
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
      expect(outcome.value.appid).toBe(fixtureProject().appid);
      return outcome.value.released;
    };
    try {
      bench.fake.setReleased(false);
      expect(await released()).toBe(false);
      bench.fake.setReleased(true, fixtureProject().appid);
      expect(await released()).toBe(true);
      bench.fake.setReleased('absent', fixtureProject().appid);
      expect(await released()).toBeNull();
    } finally {
      bench.fake.setReleased(false, fixtureProject().appid);
    }
  });

  it('fails with the IP when the whitelist refuses, as an upload would', async () => {
    bench.fake.setMode('invalid-ip');
    const problem = problemOf(await check());
    expect(problem).toMatchObject({ code: 'ci.invalid-ip', params: { ip: '203.0.113.7' } });
  });
});
