import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/errors';
import { SIZE_LIMITS } from '../../../shared/limits';
import { measureSizes } from './measure-sizes';
import { createPackFilter } from './pack-ignore';
import { useTempDir } from './test-support/project-builder';

const bytes = (n: number) => new Uint8Array(n).fill(120);

describe('measureSizes', () => {
  const tmp = useTempDir();

  it('counts each file to its package, skipping node_modules and dot-files', async () => {
    const t = tmp();
    await t.write('app.js', bytes(100));
    await t.write('pages/a/a.js', bytes(250));
    await t.write('pkgA/pages/x.js', bytes(1000));
    await t.write('pkgA/nested/deep/y.png', bytes(24));
    await t.write('pkgB/z.wxml', bytes(7));
    await t.write('pkgAB/not-a-sub.js', bytes(3));
    await t.write('node_modules/lib/index.js', bytes(5000));
    await t.write('.DS_Store', bytes(5000));
    await t.write('.cache/x', bytes(5000));

    const { sizes, problems } = await measureSizes({ projectRoot: t.root, miniprogramRoot: t.root, subpackageRoots: ['pkgA/', 'pkgB'] });
    expect(problems).toEqual([]);
    expect(sizes.main).toEqual({ root: '', bytes: 353, limitBytes: SIZE_LIMITS.mainPackage });
    expect(sizes.subpackages).toEqual([
      { root: 'pkgA/', bytes: 1024, limitBytes: SIZE_LIMITS.subpackage },
      { root: 'pkgB/', bytes: 7, limitBytes: SIZE_LIMITS.subpackage },
    ]);
    expect(sizes.total).toEqual({ bytes: 1384, limitBytes: SIZE_LIMITS.total });
    expect(sizes.fileCount).toBe(6);
  });

  it('counts a nested subpackage root to itself, not to the root that contains it', async () => {
    const t = tmp();
    await t.write('app.js', bytes(1));
    await t.write('outer/a.js', bytes(10));
    await t.write('outer/inner/b.js', bytes(100));
    await t.write('outer/inner/deeper/c.js', bytes(1000));
    await t.write('x/y/z/d.js', bytes(10000));
    const roots = ['outer/', 'outer/inner/', 'x/y/'];
    const { sizes } = await measureSizes({ projectRoot: t.root, miniprogramRoot: t.root, subpackageRoots: roots });
    expect(sizes.main.bytes).toBe(1);
    expect(sizes.subpackages.map((sub) => [sub.root, sub.bytes])).toEqual([
      ['outer/', 10],
      ['outer/inner/', 1100],
      ['x/y/', 10000],
    ]);
  });

  it('leaves out what packOptions.ignore names', async () => {
    const t = tmp();
    await t.write('app.js', bytes(10));
    await t.write('docs/guide.png', bytes(900));
    await t.write('pages/a.md', bytes(800));
    await t.write('mock/data.js', bytes(700));
    await t.write('config/dev.js', bytes(600));
    const filter = createPackFilter([
      { type: 'folder', value: 'docs' },
      { type: 'suffix', value: '.md' },
      { type: 'regexp', value: '^mock/' },
      { type: 'file', value: 'config/dev.js' },
    ]);
    const { sizes } = await measureSizes({ projectRoot: t.root, miniprogramRoot: t.root, subpackageRoots: [], filter });
    expect(sizes.main.bytes).toBe(10);
    expect(sizes.fileCount).toBe(1);
  });

  it('counts a linked file and a linked folder once, and reports a link back to an ancestor', async () => {
    const t = tmp();
    await t.write('code/app.js', bytes(10));
    await t.write('shared/lib.js', bytes(20));
    await t.symlink('../shared', 'code/lib');
    await t.symlink('../../shared/lib.js', 'code/pages/lib-copy.js');
    await t.symlink('..', 'code/pages/up');
    const { sizes, problems } = await measureSizes({ projectRoot: t.root, miniprogramRoot: t.path('code'), subpackageRoots: [] });
    expect(sizes.main.bytes).toBe(50);
    expect(problems).toEqual([expect.objectContaining({ code: 'project.symlink-loop', severity: 'warning', file: 'code/pages/up' })]);
  });

  it('warns when a package is over its limit, with sizes as WeChat shows them', async () => {
    const t = tmp();
    await t.write('big.png', bytes(SIZE_LIMITS.mainPackage + 300 * 1024));
    await t.write('sub/ok.js', bytes(10));
    const { problems } = await measureSizes({ projectRoot: t.root, miniprogramRoot: t.root, subpackageRoots: ['sub/'] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'project.size-main-over', severity: 'warning', params: { size: '2.3 MB', limit: '2.0 MB' } });
    expect(describeProblem(problems[0]!, 'zh-CN').message).toBe('主包约 2.3 MB，超过了 2.0 MB 的上限。');
  });
});
