import { describe, expect, it } from 'vitest';
import { findProjectRoot } from './find-project-root';
import { useTempDir } from './test-support/project-builder';

describe('findProjectRoot', () => {
  const tmp = useTempDir();

  it('takes the dropped folder when it holds project.config.json', async () => {
    await tmp().write('project.config.json', {});
    await tmp().write('sub/project.config.json', {});
    const found = await findProjectRoot(tmp().root);
    expect(found).toEqual({ searchedFrom: tmp().root, projectRoot: tmp().root, otherRoots: [], problems: [] });
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
    expect(found.otherRoots).toEqual([]);
  });

  it('picks the first of several roots at the same depth and names the others', async () => {
    await tmp().write('b-admin/project.config.json', {});
    await tmp().write('a-shop/project.config.json', {});
    await tmp().write('c/project.config.json', {});
    const found = await findProjectRoot(tmp().root);
    expect(found.projectRoot).toBe(tmp().path('a-shop'));
    expect(found.otherRoots).toEqual([tmp().path('b-admin'), tmp().path('c')]);
    expect(found.problems).toEqual([{ code: 'project.multiple-roots', severity: 'warning', params: { count: 3, chosen: 'a-shop' } }]);
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
});
