import { describe, expect, it } from 'vitest';
import { SIZE_LIMITS } from '../../../shared/limits';
import { compiledPackageSizes } from './compiled-package-sizes';
import { compiledSizes, sizeProblems } from './size-verdict';

// Sizes from compiled files (as getCompiledResult returns them) and the limits they are judged by.
const MB = 1024 * 1024;
const entry = (name: string, bytes: number) => 12 + Buffer.byteLength(`/${name}`) + bytes;

describe('compiled package sizes', () => {
  it('counts each file into the package whose root holds it, as a wxapkg lays it out', () => {
    const files: Record<string, string | Buffer> = {
      'app.json': JSON.stringify({ pages: ['pages/a/a'], subPackages: [{ root: 'pkgA', pages: ['x'] }, { root: '/pkgB/', pages: ['y'] }] }),
      'pages/a/a.js': 'page();',
      'pkgA/x.js': Buffer.alloc(100),
      'pkgAB/z.js': 'main, not pkgA',
      'pkgB/y.wxml': '<view>是</view>',
      'pages/a/a.js.map': '{"mappings":""}',
    };
    const { packages, fileCount } = compiledPackageSizes(files);
    const appJson = Buffer.byteLength(String(files['app.json']));
    const main = 18 + entry('app.json', appJson) + entry('pages/a/a.js', 7) + entry('pkgAB/z.js', Buffer.byteLength('main, not pkgA'));
    const pkgA = 18 + entry('pkgA/x.js', 100);
    const pkgB = 18 + entry('pkgB/y.wxml', Buffer.byteLength('<view>是</view>'));
    expect(packages).toEqual([
      { name: '__FULL__', bytes: main + pkgA + pkgB - 36 },
      { name: '__APP__', bytes: main },
      { name: 'pkgA', bytes: pkgA },
      { name: 'pkgB/', bytes: pkgB },
    ]);
    expect(fileCount).toBe(5);
  });

  it('puts everything in the main package when app.json is missing or broken', () => {
    expect(compiledPackageSizes({ 'app.json': '{ broken', 'a.js': 'x' }).packages.map((p) => p.name)).toEqual(['__FULL__', '__APP__']);
  });
});

describe('size limits', () => {
  const sizes = (main: number, subs: Record<string, number>, thirdParty = false) => {
    const total = main + Object.values(subs).reduce((sum, bytes) => sum + bytes, 0);
    const packages = [{ name: '__FULL__', bytes: total }, { name: '__APP__', bytes: main }, ...Object.entries(subs).map(([name, bytes]) => ({ name, bytes }))];
    return compiledSizes(packages, 10, thirdParty);
  };

  it('judges the main package and each subpackage by 2 MB, naming the package and both sizes', () => {
    const measured = sizes(2.5 * MB, { pkgA: 1 * MB, 'pkgB/': 3 * MB });
    expect(measured.subpackages.map((sub) => sub.root)).toEqual(['pkgA/', 'pkgB/']);
    expect(sizeProblems(measured)).toEqual([
      { code: 'precheck.size-main-over', severity: 'error', params: { size: '2.5 MB', limit: '2.0 MB' } },
      { code: 'precheck.size-sub-over', severity: 'error', params: { root: 'pkgB/', size: '3.0 MB', limit: '2.0 MB' } },
    ]);
  });

  it('judges the whole app by 30 MB, or 20 MB for a service provider', () => {
    const subs = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`p${i}/`, 1.9 * MB]));
    expect(sizeProblems(sizes(1.5 * MB, subs))).toEqual([]);
    expect(sizes(1.5 * MB, subs).total.limitBytes).toBe(SIZE_LIMITS.total);
    expect(SIZE_LIMITS.total).toBe(30 * MB);
    const provider = sizes(1.5 * MB, subs, true);
    expect(provider.total.limitBytes).toBe(20 * MB);
    expect(sizeProblems(provider)).toEqual([
      { code: 'precheck.size-total-over', severity: 'error', params: { size: '26.2 MB', limit: '20.0 MB', thirdParty: 'yes' } },
    ]);
  });

  it('just over a limit, says it in kilobytes so the two numbers differ', () => {
    expect(sizeProblems(sizes(2 * MB + 300, {}))[0]?.params).toEqual({ size: '2049 KB', limit: '2048 KB' });
    expect(sizeProblems(sizes(2 * MB, {}))).toEqual([]);
  });
});
