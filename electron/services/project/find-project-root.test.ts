import { afterEach, describe, expect, it } from 'vitest';
import { findProjectRoot } from './find-project-root';
import { useTempDir } from './test-support/project-builder';

describe('findProjectRoot', () => {
  const tmp = useTempDir();

  it('takes the dropped folder when it holds project.config.json', async () => {
    await tmp().write('project.config.json', {});
    await tmp().write('sub/project.config.json', {});
    const found = await findProjectRoot(tmp().root);
    expect(found).toEqual({ searchedFrom: tmp().root, projectRoot: tmp().root, candidates: [], problems: [] });
  });

  it('takes the folder of a dropped project.config.json or app.json', async () => {
    await tmp().write('p/project.config.json', {});
    await tmp().write('p/app.json', {});
    expect((await findProjectRoot(tmp().path('p/project.config.json'))).projectRoot).toBe(tmp().path('p'));
    expect((await findProjectRoot(tmp().path('p/app.json'))).projectRoot).toBe(tmp().path('p'));
  });

  it('finds a uni-app build four folders down', async () => {
    await tmp().write('src/manifest.json', {});
    await tmp().write('unpackage/dist/build/mp-weixin/project.config.json', {});
    const found = await findProjectRoot(tmp().root);
    expect(found.projectRoot).toBe(tmp().path('unpackage/dist/build/mp-weixin'));
    expect(found.problems).toEqual([]);
  });

  it('prefers the shallowest root over deeper ones that sort first', async () => {
    await tmp().write('a/b/c/project.config.json', {});
    await tmp().write('z/project.config.json', {});
    const found = await findProjectRoot(tmp().root);
    expect(found.projectRoot).toBe(tmp().path('z'));
    expect(found.candidates).toEqual([]);
  });

  it('opens none of several roots at the same depth: the operator chooses, from their AppIDs and names', async () => {
    await tmp().write('b-admin/project.config.json', { appid: ' wx2222222222222222 ', projectname: '%E5%90%8E%E5%8F%B0' });
    await tmp().write('a-shop/project.config.json', { appid: 'wx1111111111111111', projectname: 'shop' });
    await tmp().write('apps/c/project.config.json', { appid: 'wx3333333333333333' });
    await tmp().write('c/project.config.json', '{ broken');
    const found = await findProjectRoot(tmp().root);
    expect(found.projectRoot).toBeNull();
    expect(found.candidates).toEqual([
      { projectRoot: tmp().path('a-shop'), folder: 'a-shop', appid: 'wx1111111111111111', projectName: 'shop' },
      { projectRoot: tmp().path('b-admin'), folder: 'b-admin', appid: 'wx2222222222222222', projectName: '后台' },
      { projectRoot: tmp().path('c'), folder: 'c', appid: '', projectName: '' },
    ]);
    const folders = ['a-shop', 'b-admin', 'c'].map((name) => `\n    ${tmp().path(name)}`).join('');
    expect(found.problems).toEqual([{ code: 'project.choose-root', severity: 'error', params: { count: 3, folders } }]);
  });

  it('does not look inside node_modules, miniprogram_npm or dot-folders', async () => {
    await tmp().write('README.md', 'x');
    await tmp().write('node_modules/pkg/project.config.json', {});
    await tmp().write('miniprogram_npm/pkg/project.config.json', {});
    await tmp().write('.history/project.config.json', {});
    const found = await findProjectRoot(tmp().root);
    expect(found.projectRoot).toBeNull();
    expect(found.problems.map((p) => p.code)).toEqual(['project.not-miniprogram']);
  });

  it('stops below depth 5', async () => {
    await tmp().write('1/2/3/4/5/6/project.config.json', {});
    expect((await findProjectRoot(tmp().root)).problems.map((p) => p.code)).toEqual(['project.not-miniprogram']);
    await tmp().write('1/2/3/4/5/project.config.json', {});
    expect((await findProjectRoot(tmp().root)).projectRoot).toBe(tmp().path('1/2/3/4/5'));
  });

  it('follows a link to a folder elsewhere', async () => {
    await tmp().write('real/shop/project.config.json', {});
    await tmp().write('dropped/notes.txt', 'x');
    await tmp().symlink('../real/shop', 'dropped/shop');
    expect((await findProjectRoot(tmp().path('dropped'))).projectRoot).toBe(tmp().path('dropped/shop'));
  });

  it('reports links that loop and keeps searching past them', async () => {
    await tmp().write('repo/readme.md', 'x');
    await tmp().symlink('..', 'repo/a/up');
    await tmp().symlink('self', 'repo/a/self');
    await tmp().write('repo/b/c/project.config.json', {});
    const found = await findProjectRoot(tmp().path('repo'));
    expect(found.projectRoot).toBe(tmp().path('repo/b/c'));
    expect(found.problems).toEqual([
      expect.objectContaining({ code: 'project.symlink-loop', severity: 'warning', file: 'a/self' }),
      expect.objectContaining({ code: 'project.symlink-loop', severity: 'warning', file: 'a/up' }),
    ]);
  });

  it('treats a folder with only hidden files as empty', async () => {
    await tmp().write('.DS_Store', 'x');
    expect((await findProjectRoot(tmp().root)).problems.map((p) => p.code)).toEqual(['project.empty-folder']);
  });

  it('reports only the first few of many loops', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) await tmp().symlink('.', `links/${name}`);
    await tmp().write('code/app/project.config.json', {});
    const found = await findProjectRoot(tmp().root);
    expect(found.projectRoot).toBe(tmp().path('code/app'));
    expect(found.problems.map((p) => p.file)).toEqual(['links/a', 'links/b', 'links/c', 'links/d', 'links/e']);
  });

  it('answers a dropped file-system root at once, without walking it', async () => {
    const found = await findProjectRoot('/');
    expect(found.projectRoot).toBeNull();
    expect(found.problems).toEqual([{ code: 'project.drop-too-broad', severity: 'error', params: { path: '/', where: 'root' } }]);
  });

  describe('a dropped home folder', () => {
    const home = process.env.HOME;
    afterEach(() => {
      process.env.HOME = home;
    });

    it.skipIf(process.platform === 'win32')('is answered at once, even with a project somewhere inside', async () => {
      await tmp().write('Documents/shop/project.config.json', {});
      process.env.HOME = tmp().root;
      const found = await findProjectRoot(tmp().root);
      expect(found.problems).toEqual([{ code: 'project.drop-too-broad', severity: 'error', params: { path: tmp().root, where: 'home' } }]);
      expect((await findProjectRoot(tmp().path('Documents'))).projectRoot).toBe(tmp().path('Documents/shop'));
    });

    it.skipIf(process.platform === 'win32')('is a project when it holds project.config.json itself', async () => {
      await tmp().write('project.config.json', {});
      process.env.HOME = tmp().root;
      expect((await findProjectRoot(tmp().root)).projectRoot).toBe(tmp().root);
    });
  });

  it.skipIf(process.platform !== 'linux')('never enters /proc, /sys or /dev, dropped or linked to', async () => {
    await tmp().write('readme.md', 'x');
    await tmp().symlink('/proc', 'processes');
    await tmp().symlink('/sys', 'kernel');
    await tmp().symlink('/dev', 'devices');
    // Inside /proc the walk would meet a link to / per process (each a symlink-loop warning) and unreadable folders.
    expect((await findProjectRoot(tmp().root)).problems).toEqual([{ code: 'project.not-miniprogram', severity: 'error' }]);
    expect((await findProjectRoot('/proc')).problems).toEqual([{ code: 'project.not-miniprogram', severity: 'error' }]);
  });
});
