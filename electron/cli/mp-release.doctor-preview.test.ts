import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NESTED_SHOP, startCliBench, type CliBench } from '../../bench/cli-bench';

// `mp-release doctor` and `mp-release preview` as real processes against the fake WeChat.
let bench: CliBench;
beforeAll(async () => {
  bench = await startCliBench();
});
afterAll(async () => bench?.close());
// A run left going by a failed or timed-out test is stopped, so its job cannot disturb the next test.
afterEach(() => bench.stopRuns());
beforeEach(() => bench.fake.setMode('ok'));

function doctorArgs(ipService: string, extra: string[] = []): string[] {
  return ['doctor', NESTED_SHOP, '--key', bench.keyFile, '--proxy', bench.fake.proxyUrl, '--ip-service', ipService, ...extra];
}

describe('mp-release doctor', () => {
  it('passes when the fake accepts the signed getattr, and shows the public IP', async () => {
    const ipService = bench.fake.echoUrl('198.51.100.23');
    const { code, stdout, stderr } = await bench.run(doctorArgs(ipService, ['--json']));
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, result: { accepted: true }, publicIp: { answers: [{ ip: '198.51.100.23', sources: [ipService] }], sharedEntry: null } });
    const getattr = bench.fake.requests.filter((request) => request.target === '/wxa/ci/getattr');
    expect(getattr.length).toBeGreaterThan(0);
    expect(bench.fake.uploads.filter((upload) => upload.kind === 'upload')).toHaveLength(0);

    const human = await bench.run(doctorArgs(ipService));
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('本机公网 IP：198.51.100.23');
    expect(human.stdout).toContain('连接检查通过');
  });

  it('fails with the refused IP when the whitelist does not have it', async () => {
    bench.fake.setMode('invalid-ip');
    const { code, stdout, stderr } = await bench.run(doctorArgs(bench.fake.echoUrl('198.51.100.23'), ['--json']));
    expect(code).toBe(1);
    expect(stderr).toContain('[ci.invalid-ip]');
    expect(stderr).toContain('203.0.113.7');
    expect(stderr).toContain('白名单');
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'ci.invalid-ip', params: { ip: '203.0.113.7' } }, publicIp: { answers: [{ ip: '198.51.100.23' }] } });
  });

  it('reports the IP WeChat named when no IP service answers and the whitelist refuses', async () => {
    bench.fake.setMode('invalid-ip');
    const { code, stdout } = await bench.run(doctorArgs('https://127.0.0.1:1/', ['--json']));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      problem: { code: 'ci.invalid-ip' },
      publicIp: { answers: [{ ip: '203.0.113.7', sources: ['wechat'] }] },
      ipProblem: { code: 'ci.public-ip-unknown', severity: 'warning' },
    });
  });

  it('shows every exit and the one entry that covers them when they share a range', async () => {
    const services = [bench.fake.echoUrl('198.51.100.23'), bench.fake.echoUrl('198.51.100.41')];
    const args = ['doctor', NESTED_SHOP, '--key', bench.keyFile, '--proxy', bench.fake.proxyUrl, ...services.flatMap((s) => ['--ip-service', s])];
    const { code, stdout } = await bench.run(args);
    expect(code).toBe(0);
    expect(stdout).toContain('本机公网 IP：198.51.100.23');
    expect(stdout).toContain('本机公网 IP：198.51.100.41');
    expect(stdout).toContain('在白名单里填 198.51.100.* 一条即可');
  });

  it('refuses an echo service that is not https', async () => {
    const { code, stderr } = await bench.run(doctorArgs('http://example.com/'));
    expect(code).toBe(2);
    expect(stderr).toContain('[cli.bad-ip-service]');
  });

  it('still passes when no IP service answers, with the unknown IP as a warning', async () => {
    const { code, stdout, stderr } = await bench.run(doctorArgs('https://127.0.0.1:1/', ['--json']));
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, publicIp: null, ipProblem: { code: 'ci.public-ip-unknown', severity: 'warning' } });
    expect(stderr).toContain('提醒 [ci.public-ip-unknown]');
  });
});

describe('mp-release preview', () => {
  it('writes the QR as an image file', async () => {
    const qrFile = path.join(bench.tempDir, 'qr.png');
    const args = ['preview', NESTED_SHOP, '--key', bench.keyFile, '--proxy', bench.fake.proxyUrl, '--qr', qrFile, '--page', 'pages/cart/cart', '--query', 'from=cli', '--json'];
    const { code, stdout, stderr } = await bench.run(args);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, result: { qrFile } });
    const bytes = fs.readFileSync(qrFile);
    const isPng = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    expect(isPng || isJpeg).toBe(true);
    const received = bench.fake.uploads.at(-1)!;
    expect(received.kind).toBe('preview');
    expect(received.signatureVerified).toBe(true);
    expect(received.query.path).toBe('pages/cart/cart?from=cli');
  });

  it('writes the data URL to a .txt file', async () => {
    const qrFile = path.join(bench.tempDir, 'qr.txt');
    const { code, stderr } = await bench.run(['preview', NESTED_SHOP, '--key', bench.keyFile, '--proxy', bench.fake.proxyUrl, '--qr', qrFile]);
    expect(code, stderr).toBe(0);
    expect(fs.readFileSync(qrFile, 'utf8')).toMatch(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*\n$/);
  });
});
