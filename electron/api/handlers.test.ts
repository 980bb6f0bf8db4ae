import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectReport } from '../../shared/model';
import { JobRunner } from '../services/jobs/job-runner';
import { nodeJobLauncher } from '../services/jobs/node-job-launcher';
import { KeyVault, type KeysFile } from '../services/keys/key-vault';
import { memoryVault } from '../services/keys/memory-vault';
import { rsaPair } from '../services/keys/test-support/key-files';
import { readProject } from '../services/project/read-project';
import { silentLogger } from '../services/logging/logger';
import { MpSession } from '../services/mp-session';
import { createReleaseService } from '../services/release/release-service';
import { SettingsRepository, type SettingsFile } from '../services/settings/settings-repository';
import type { StoreBackend } from '../services/settings/store-backend';
import { WhitelistTicksRepository, type WhitelistFile } from '../services/whitelist/whitelist-ticks';
import { createProjectService } from '../services/workspace/project-service';
import { EventHub } from './event-hub';
import { createApiHandlers } from './handlers';

function memoryStore<T extends Record<string, unknown>>(): StoreBackend<T> {
  const data: Partial<T> = {};
  return { get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlers-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function setup(read: (p: string) => Promise<ProjectReport> = readProject) {
  const settings = new SettingsRepository(memoryStore<SettingsFile>());
  const keys = new KeyVault(memoryVault(), memoryStore<KeysFile>());
  const readSpy = vi.fn(read);
  const openExternal = vi.fn(async () => undefined);
  const mpSession = new MpSession();
  const runner = new JobRunner({ launcher: nodeJobLauncher('dist/jobs/job-worker.cjs') });
  const handlers = createApiHandlers({
    appInfo: { version: '1', shell: 'harness', platform: 'linux', notices: [] },
    readProject: readSpy,
    projects: createProjectService({ readProject: readSpy, settings }),
    settings,
    keys,
    release: createReleaseService({ readProject: readSpy, keys, runner, events: new EventHub(), logger: silentLogger, proxy: () => null }),
    pickFolder: async () => null,
    pickKeyFile: async () => null,
    openExternal,
    mpSession,
    openMpPage: async () => undefined,
    ticks: new WhitelistTicksRepository(memoryStore<WhitelistFile>()),
  });
  return { handlers, readSpy, openExternal };
}

const shop = path.resolve('e2e/fixtures/projects/nested-shop');

describe('createApiHandlers', () => {
  it('rejects inputs that do not match the schema before any service runs', async () => {
    const { handlers, readSpy } = setup();
    await expect(handlers['project:open']({ path: '' })).rejects.toThrow();
    await expect(handlers['project:open']({ path: '/a', extra: true })).rejects.toThrow();
    await expect(handlers['project:open']('/a')).rejects.toThrow();
    await expect(handlers['settings:update']({ lang: 'fr' })).rejects.toThrow();
    await expect(handlers['settings:update']({ proxy: 'socks5://x' })).rejects.toThrow();
    await expect(handlers['keys:remove']({ appid: '../../etc' })).rejects.toThrow();
    await expect(handlers['release:cancel']({ jobId: 'not-a-uuid' })).rejects.toThrow();
    expect(readSpy).not.toHaveBeenCalled();
  });

  it('passes a valid path to the project reader', async () => {
    const { handlers, readSpy } = setup();
    await handlers['project:open']({ path: shop });
    expect(readSpy).toHaveBeenCalledWith(shop);
  });

  it('opens only allow-listed URLs in the system browser', async () => {
    const { handlers, openExternal } = setup();
    await expect(handlers['shell:open-external']({ url: 'https://evil.example/' })).resolves.toEqual({ opened: false });
    await expect(handlers['shell:open-external']({ url: 'https://mp.weixin.qq.com/' })).resolves.toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('imports a key file by path and answers with metadata only', async () => {
    const { handlers } = setup();
    const pem = rsaPair().privateKey;
    const file = path.join(dir, 'private.wx0123456789abcdef.key');
    fs.writeFileSync(file, pem);
    const result = await handlers['keys:import']({ path: file });
    expect(result).toMatchObject({ ok: true, key: { appid: 'wx0123456789abcdef' } });
    expect(JSON.stringify(result)).not.toContain(pem.split('\n')[3]);
    expect(JSON.stringify(await handlers['keys:list'](undefined))).not.toContain(pem.split('\n')[3]);
  });

  it('says which file is missing and never reads a huge one whole', async () => {
    const { handlers } = setup();
    await expect(handlers['keys:import']({ path: path.join(dir, 'nope.key') })).resolves.toMatchObject({ ok: false, problem: { code: 'key.file-missing' } });
    const huge = path.join(dir, 'huge.key');
    fs.writeFileSync(huge, Buffer.alloc(5 * 1024 * 1024));
    await expect(handlers['keys:import']({ path: huge })).resolves.toMatchObject({ ok: false, problem: { code: 'key.too-large', params: { size: '5.0 MB' } } });
  });

  it('refuses an upload with an empty version or without a key, before any job starts', async () => {
    const { handlers } = setup();
    await expect(handlers['release:upload']({ projectRoot: shop, version: ' ' })).resolves.toMatchObject({ ok: false, problem: { code: 'ci.version-empty' } });
    await expect(handlers['release:upload']({ projectRoot: shop, version: '1.0.0' })).resolves.toMatchObject({
      ok: false,
      problem: { code: 'key.missing', params: { appid: 'wx0123456789abcdef' } },
    });
    await expect(handlers['release:upload']({ projectRoot: shop, version: '1.0.0', robot: 31 })).resolves.toMatchObject({ ok: false, problem: { code: 'ci.robot-invalid' } });
  });

  it('refuses an upload of a broken project with its first problem', async () => {
    const { handlers } = setup();
    const broken = path.resolve('e2e/fixtures/projects/broken-json');
    await expect(handlers['release:upload']({ projectRoot: broken, version: '1.0.0' })).resolves.toMatchObject({ ok: false, problem: { code: 'project.json-broken' } });
  });
});
