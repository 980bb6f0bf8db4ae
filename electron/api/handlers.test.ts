import { describe, expect, it, vi } from 'vitest';
import type { ProjectReport } from '../../shared/model';
import { SettingsRepository, type SettingsFile } from '../services/settings/settings-repository';
import type { StoreBackend } from '../services/settings/store-backend';
import { createProjectService } from '../services/workspace/project-service';
import { createApiHandlers } from './handlers';

function memoryStore(): StoreBackend<SettingsFile> {
  const data: Partial<SettingsFile> = {};
  return { get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}

function setup() {
  const settings = new SettingsRepository(memoryStore());
  const report: ProjectReport = { droppedPath: '/x', summary: null, problems: [], otherRoots: [] };
  const readProject = vi.fn(async () => report);
  const openExternal = vi.fn(async () => undefined);
  const handlers = createApiHandlers({
    appInfo: { version: '1', shell: 'harness', platform: 'linux' },
    projects: createProjectService({ readProject, settings }),
    settings,
    pickFolder: async () => null,
    openExternal,
  });
  return { handlers, readProject, openExternal };
}

describe('createApiHandlers', () => {
  it('rejects inputs that do not match the schema before any service runs', async () => {
    const { handlers, readProject } = setup();
    await expect(handlers['project:open']({ path: '' })).rejects.toThrow();
    await expect(handlers['project:open']({ path: '/a', extra: true })).rejects.toThrow();
    await expect(handlers['project:open']('/a')).rejects.toThrow();
    await expect(handlers['settings:update']({ lang: 'fr' })).rejects.toThrow();
    expect(readProject).not.toHaveBeenCalled();
  });

  it('passes a valid path to the project reader', async () => {
    const { handlers, readProject } = setup();
    await handlers['project:open']({ path: '/tmp/shop' });
    expect(readProject).toHaveBeenCalledWith('/tmp/shop');
  });

  it('opens only allow-listed URLs in the system browser', async () => {
    const { handlers, openExternal } = setup();
    await expect(handlers['shell:open-external']({ url: 'https://evil.example/' })).resolves.toEqual({ opened: false });
    await expect(handlers['shell:open-external']({ url: 'https://mp.weixin.qq.com/' })).resolves.toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://mp.weixin.qq.com/');
  });
});
