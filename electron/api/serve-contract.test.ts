import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, CONTRACT } from '../../shared/api';
import { rsaPair } from '../services/keys/test-support/key-files';
import { composeServices, type ComposedServices, type ShellParts } from './compose-services';
import { memoryShell } from './test-support/memory-shell';

let dir: string;
let shell: ShellParts;
let app: ComposedServices;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-test-'));
  shell = memoryShell();
  app = composeServices(shell);
});
afterEach(async () => {
  await app.runner.cancelAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

const shop = path.resolve('e2e/fixtures/projects/nested-shop');
const jobId = () => crypto.randomUUID();

describe('the contract', () => {
  it('names every channel domain:method, once', () => {
    const names = CHANNELS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(Object.values(CONTRACT).reduce((sum, methods) => sum + Object.keys(methods).length, 0));
    expect(names).toContain('project:open');
    expect(names).toContain('release:checkConnection');
  });
});

describe('serveContract', () => {
  it('refuses unknown channels and inputs that do not match the schema, before any service runs', async () => {
    await expect(app.serve('fs:read', '/etc/passwd')).rejects.toThrow('Unknown channel fs:read');
    // A made-up channel name is not echoed whole into the reply and the log.
    await expect(app.serve('x'.repeat(100_000), undefined)).rejects.toThrow(new Error(`Unknown channel ${'x'.repeat(80)}`));
    await expect(app.serve('project:open', { path: '' })).rejects.toThrow();
    await expect(app.serve('project:open', { path: shop, extra: true })).rejects.toThrow();
    await expect(app.serve('project:open', shop)).rejects.toThrow();
    await expect(app.serve('settings:update', { lang: 'fr' })).rejects.toThrow();
    await expect(app.serve('settings:update', { proxy: 'socks5://x' })).rejects.toThrow();
    await expect(app.serve('keys:remove', { appid: '../../etc' })).rejects.toThrow();
    await expect(app.serve('release:cancel', { jobId: 'not-a-uuid' })).rejects.toThrow();
    await expect(app.serve('release:upload', { projectRoot: shop, version: '1.0.0' })).rejects.toThrow();
    await expect(app.serve('project:pickFolder', { any: 1 })).rejects.toThrow();
    expect(await app.serve('project:recent', undefined)).toEqual([]);
    expect(await app.serve('settings:get', undefined)).toMatchObject({ lang: 'zh-CN', proxy: null });
    expect(shell.pickFolder).not.toHaveBeenCalled();
  });

  it('opens a project with the verdict and remembers it', async () => {
    const check = (await app.serve('project:open', { path: shop })) as { summary: { appid: string }; domains: unknown; problems: unknown[] };
    expect(check.summary.appid).toBe('wx0123456789abcdef');
    expect(check.domains).not.toBeNull();
    expect(await app.serve('project:recent', undefined)).toMatchObject([{ appid: 'wx0123456789abcdef' }]);
  });

  it('opens only allow-listed URLs in the system browser', async () => {
    await expect(app.serve('shell:openExternal', { url: 'https://evil.example/' })).resolves.toEqual({ opened: false });
    await expect(app.serve('shell:openExternal', { url: 'https://mp.weixin.qq.com/' })).resolves.toEqual({ opened: true });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('imports a key file by path and answers with metadata only', async () => {
    const pem = rsaPair().privateKey;
    const file = path.join(dir, 'private.wx0123456789abcdef.key');
    fs.writeFileSync(file, pem);
    const result = await app.serve('keys:import', { path: file });
    expect(result).toMatchObject({ ok: true, key: { appid: 'wx0123456789abcdef' } });
    expect(JSON.stringify(result)).not.toContain(pem.split('\n')[3]);
    expect(JSON.stringify(await app.serve('keys:list', undefined))).not.toContain(pem.split('\n')[3]);
  });

  it('says which file is missing and never reads a huge one whole', async () => {
    await expect(app.serve('keys:import', { path: path.join(dir, 'nope.key') })).resolves.toMatchObject({ ok: false, problem: { code: 'key.file-missing' } });
    const huge = path.join(dir, 'huge.key');
    fs.writeFileSync(huge, Buffer.alloc(5 * 1024 * 1024));
    await expect(app.serve('keys:import', { path: huge })).resolves.toMatchObject({ ok: false, problem: { code: 'key.too-large', params: { size: '5.0 MB' } } });
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO named like a key without opening it', async () => {
    const fifo = path.join(dir, 'private.wx0123456789abcdef.key');
    execFileSync('mkfifo', [fifo]);
    await expect(app.serve('keys:import', { path: fifo })).resolves.toMatchObject({ ok: false, problem: { code: 'key.file-unreadable', detail: 'not a regular file (fifo)' } });
  });

  it('answers a refused upload with its outcome: empty version, robot out of range, no key', async () => {
    const upload = (extra: object) => app.serve('release:upload', { jobId: jobId(), projectRoot: shop, version: '1.0.0', ...extra });
    await expect(upload({ version: ' ' })).resolves.toMatchObject({ ok: false, kind: 'upload', problem: { code: 'ci.version-empty' } });
    await expect(upload({ robot: 31 })).resolves.toMatchObject({ ok: false, problem: { code: 'ci.robot-invalid' } });
    await expect(upload({ desc: 'x'.repeat(2049) })).resolves.toMatchObject({ ok: false, problem: { code: 'ci.notes-too-long', params: { length: 2049 } } });
    await expect(upload({})).resolves.toMatchObject({ ok: false, problem: { code: 'key.missing', params: { appid: 'wx0123456789abcdef' } } });
  });

  it('refuses an upload of a broken project with its first problem', async () => {
    const broken = path.resolve('e2e/fixtures/projects/broken-json');
    await expect(app.serve('release:upload', { jobId: jobId(), projectRoot: broken, version: '1.0.0' })).resolves.toMatchObject({
      ok: false,
      problem: { code: 'project.json-broken' },
    });
  });

  it('a cancel that arrives while the job is still being decided on stops it before any process starts', async () => {
    const id = jobId();
    const outcome = app.serve('release:preview', { jobId: id, projectRoot: shop });
    await expect(app.serve('release:cancel', { jobId: id })).resolves.toEqual({ cancelled: true });
    await expect(outcome).resolves.toMatchObject({ ok: false, kind: 'preview', problem: { code: 'ci.cancelled' } });
    await expect(app.serve('release:cancel', { jobId: id })).resolves.toEqual({ cancelled: false });
  });
});
