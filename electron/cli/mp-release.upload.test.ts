import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { childProcessTexts, hasScriptCommand, NESTED_SHOP, startCliBench, uploadArgs, type CliBench } from '../../bench/cli-bench';

// `mp-release upload` as a real process: the real job worker and miniprogram-ci, the fake WeChat on loopback.
let bench: CliBench;
beforeAll(async () => {
  bench = await startCliBench();
});
afterAll(async () => bench?.close());
// A run left going by a failed or timed-out test is stopped, so its job cannot disturb the next test.
afterEach(() => bench.stopRuns());
beforeEach(() => {
  bench.fake.setMode('ok');
  bench.fake.setMode('ok', 'getrandstr');
});

describe('mp-release upload', () => {
  it('uploads with --key and --proxy; the JSON result matches what the fake received', async () => {
    const before = bench.fake.uploads.length;
    const { code, stdout, stderr } = await bench.run(uploadArgs(bench));
    expect(code, stderr).toBe(0);
    // stdout is the JSON document and nothing else; progress went to stderr as plain lines.
    const output = JSON.parse(stdout) as { ok: boolean; result: { sizes: Array<{ name: string; bytes: number }>; durationMs: number } };
    expect(output.ok).toBe(true);

    expect(bench.fake.uploads).toHaveLength(before + 1);
    const received = bench.fake.uploads.at(-1)!;
    expect(received.signatureVerified).toBe(true);
    expect(received).toMatchObject({ kind: 'upload', version: '1.2.3', desc: '命令行上传', robot: '7' });
    expect(output.result.sizes).toEqual(received.subpackageInfo.map(({ name, size }) => ({ name, bytes: size })));
    expect(output.result.durationMs).toBeGreaterThan(0);

    const progressLines = stderr.split('\n').filter((line) => line.startsWith('进度 '));
    expect(progressLines.length).toBeGreaterThan(3);
    expect(progressLines.length).toBeLessThanOrEqual(20);
    expect(progressLines.some((line) => /^进度 \d+% 编译/.test(line))).toBe(true);
    expect(progressLines.at(-1)).toBe('进度 100% 完成');
    expect(stderr).not.toContain('\r');
  });

  it('takes the proxy from HTTPS_PROXY and the key from MP_PRIVATE_KEY, and keeps the key out of the job process', async () => {
    const before = bench.fake.uploads.length;
    const args = ['upload', NESTED_SHOP, '--version', '2.0.1', '--json'];
    const env = { ...bench.env, HTTPS_PROXY: bench.fake.proxyUrl, MP_PRIVATE_KEY: bench.key.privateKey };
    const seenInJobs: string[] = [];
    const { code, stdout, stderr } = await bench.run(args, {
      env,
      onStderr: (child, soFar) => {
        if (soFar.includes('编译') && child.pid) seenInJobs.push(...childProcessTexts(child.pid));
      },
    });
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true });
    expect(stderr).toContain(`使用代理 ${bench.fake.proxyUrl}（来自 HTTPS_PROXY）`);
    expect(bench.fake.uploads).toHaveLength(before + 1);
    expect(bench.fake.uploads.at(-1)).toMatchObject({ version: '2.0.1', robot: '1', signatureVerified: true });

    if (process.platform === 'linux') {
      expect(seenInJobs.length).toBeGreaterThan(0);
      const keyLine = bench.key.privateKey.split('\n')[1]!;
      for (const text of seenInJobs) {
        expect(text).not.toContain(keyLine);
        expect(text).not.toContain('MP_PRIVATE_KEY');
      }
    }
  });

  it('turns an IP the whitelist refuses into the catalogue message, with the IP', async () => {
    bench.fake.setMode('invalid-ip');
    const { code, stdout, stderr } = await bench.run(uploadArgs(bench));
    expect(code).toBe(1);
    expect(stderr).toContain('错误 [ci.invalid-ip] 这台电脑的公网 IP（203.0.113.7）不在「代码上传 IP 白名单」里');
    expect(stderr).toContain('白名单');
    expect(stderr).toContain('怎么办：');
    expect(stderr).toContain('https://mp.weixin.qq.com/');
    const output = JSON.parse(stdout) as { ok: boolean; problem: { code: string; params: { ip: string }; message: string; link: string } };
    expect(output.ok).toBe(false);
    expect(output.problem).toMatchObject({ code: 'ci.invalid-ip', params: { ip: '203.0.113.7' } });
    expect(output.problem.message).toContain('203.0.113.7');
  });

  it('prints a readable result without --json', async () => {
    const { code, stdout, stderr } = await bench.run(uploadArgs(bench).filter((arg) => arg !== '--json'));
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^上传成功：小店 1\.2\.3（机器人 7），用时 [\d.]+ (秒|毫秒)/);
    expect(stdout).toContain('整个小程序');
    expect(stdout).toContain('packageOrder/');
    expect(stdout).not.toContain('进度');
  });

  it.skipIf(!hasScriptCommand)('on a terminal, redraws one progress bar line in place on stderr', async () => {
    const { terminal, stdout } = await bench.runInTerminal(uploadArgs(bench));
    expect(JSON.parse(stdout)).toMatchObject({ ok: true });
    expect(terminal).toMatch(/\r\[#+-*\] \d+% 编译 \S+\.\w+/);
    expect(terminal).toContain('\u001b[K');
    expect(terminal).not.toMatch(/^进度 /m);
  });

  it('stops at --timeout when the server never answers', async () => {
    bench.fake.setMode('never-answer');
    const { code, stdout } = await bench.run(uploadArgs(bench, ['--timeout', '4']));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'ci.timeout', params: { seconds: 4 }, detail: 'deadline 4000 ms' } });
  });

  it('Ctrl-C cancels the job, reports it and exits 130 without uploading', async () => {
    const before = bench.fake.uploads.length;
    let sent = false;
    const { code, stdout, stderr } = await bench.run(uploadArgs(bench), {
      onStderr: (child, soFar) => {
        if (!sent && soFar.includes('编译')) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toContain('[ci.cancelled]');
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'ci.cancelled' } });
    expect(bench.fake.uploads).toHaveLength(before);
  });
});
