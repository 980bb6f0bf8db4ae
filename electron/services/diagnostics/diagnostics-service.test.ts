import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings-repository';
import { createDiagnostics } from './diagnostics-service';
import { projectAlias } from './anonymise';

const pem = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
const keyLines = pem.split('\n').filter((line) => line.length >= 40 && !line.startsWith('-----'));
const password = 'Rev!ewer-Pa55-' + crypto.randomBytes(4).toString('hex');
const proxyPassword = 'pr0xy-s3cret';
const webhooks = [
  'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
  'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX',
  'https://oapi.dingtalk.com/robot/send?access_token=abc123def456',
  'https://open.feishu.cn/open-apis/bot/v2/hook/0b5a1d2e-aaaa',
  'https://mp.weixin.qq.com/wxamp/devprofile/get_profile?token=1234567890&lang=zh_CN',
];

let dir: string;
let home: string;
let projectRoot: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diagnostics-test-'));
  home = path.join(dir, 'home', 'ops-zhang');
  projectRoot = path.join(home, 'work', 'acme-secret-shop');
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  // Written as an older version might have (before the redactor knew every shape): the export must not rely on it.
  const lines = [
    `2026-11-30T01:00:00.000Z INFO project:open ${projectRoot} ok`,
    `2026-11-30T01:00:01.000Z ERROR sign failed ${pem.replace(/\n/g, '\\n')}`,
    `2026-11-30T01:00:02.000Z ERROR body ${keyLines[1]}`,
    `2026-11-30T01:00:03.000Z INFO review account saved: ops-reviewer / ${password}`,
    `2026-11-30T01:00:04.000Z INFO proxy http://ops:${proxyPassword}@10.0.0.8:3128 in use`,
    ...webhooks.map((url, n) => `2026-11-30T01:00:1${n}.000Z INFO notify ${url} done`),
    `2026-11-30T01:00:20.000Z INFO cache ${path.join(home, '.cache', 'mp')}`,
  ];
  fs.writeFileSync(path.join(dir, 'logs', 'app.log'), lines.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'logs', 'app.1.log'), `2026-11-29T01:00:00.000Z INFO older ${webhooks[0]}\n`);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function exporter(saveTo: string | null) {
  return createDiagnostics({
    appInfo: { version: '9.9.9', shell: 'harness', notices: [] },
    logDir: path.join(dir, 'logs'),
    settings: () => ({ ...DEFAULT_SETTINGS, proxy: `http://ops:${proxyPassword}@10.0.0.8:3128`, operatorName: '张三', ipEchoServices: [webhooks[2]!] }),
    recentProjects: () => [{ projectRoot, appid: 'wx0123456789abcdef', projectName: 'acme', openedAt: '2026-11-30T01:00:00.000Z' }],
    heldSecrets: () => ['ops-reviewer', password],
    pickSavePath: async () => saveTo,
    home,
  });
}

describe('diagnostics export', () => {
  it('writes a zip with the logs, versions and settings and none of the secrets, paths or webhooks', async () => {
    const target = path.join(dir, 'out.zip');
    const result = await exporter(target).export();
    expect(result).toEqual({ saved: true, file: target });

    const files = Object.fromEntries(Object.entries(unzipSync(fs.readFileSync(target))).map(([name, bytes]) => [name, strFromU8(bytes)]));
    expect(Object.keys(files).sort()).toEqual(['logs/app.1.log', 'logs/app.log', 'settings.json', 'versions.json']);
    const all = Object.values(files).join('\n');
    for (const line of keyLines) expect(all).not.toContain(line);
    expect(all).not.toContain('PRIVATE KEY');
    expect(all).not.toContain(password);
    expect(all).not.toContain('ops-reviewer');
    expect(all).not.toContain(proxyPassword);
    expect(all).not.toContain('ops:');
    expect(all).not.toMatch(/webhook|hooks\.slack\.com|oapi\.dingtalk\.com|open\.feishu\.cn|[?&](key|token|access_token)=/i);
    expect(all).not.toContain(home);
    expect(all).not.toContain('ops-zhang');
    expect(all).not.toContain('acme-secret-shop');
    expect(all).not.toContain('张三');

    // What support needs is still there.
    expect(files['logs/app.log']).toContain(`project:open ~/work/${projectAlias(projectRoot)} ok`);
    expect(files['logs/app.log']).toContain('proxy http://[credentials]@10.0.0.8:3128 in use');
    expect(files['logs/app.log']).toContain('cache ~/.cache/mp');
    const versions = JSON.parse(files['versions.json']!) as Record<string, unknown>;
    expect(versions).toMatchObject({ app: '9.9.9', shell: 'harness', node: process.versions.node, os: { platform: process.platform } });
    expect(versions.miniprogramCi).toMatch(/^\d+\.\d+\.\d+/);
    const settings = JSON.parse(files['settings.json']!) as Record<string, unknown>;
    expect(settings).toMatchObject({ proxy: 'http://[credentials]@10.0.0.8:3128', operatorName: '[set]', recentProjects: [{ folder: projectAlias(projectRoot), appid: 'wx0123456789abcdef' }] });
  });

  it('writes nothing when the operator closes the save dialog', async () => {
    expect(await exporter(null).export()).toEqual({ saved: false, problem: null });
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.zip'))).toEqual([]);
  });

  it('gives the same folder the same alias in every export, another folder another', () => {
    expect(projectAlias(projectRoot)).toBe(projectAlias(projectRoot));
    expect(projectAlias(projectRoot)).not.toBe(projectAlias(`${projectRoot}-2`));
  });
});
