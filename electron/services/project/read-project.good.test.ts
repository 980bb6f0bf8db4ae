import { describe, expect, it } from 'vitest';
import { SIZE_LIMITS } from '../../../shared/limits';
import { mergeConfigs, readProjectConfig } from './project-config';
import { readProject } from './read-project';
import { codes } from './test-support/expect-problem';
import { TEST_APPID, useTempDir, writeMiniProgram, writePage } from './test-support/project-builder';

describe('readProject on healthy projects', () => {
  const tmp = useTempDir();

  it('finds a project nested below the dropped folder and honours miniprogramRoot', async () => {
    await tmp().write('README.md', '# repo');
    await tmp().write('backend/server.js', 'console.log(1)');
    await writeMiniProgram(tmp(), { dir: 'frontend', miniprogramRoot: 'miniprogram/' });
    const report = await readProject(tmp().root);
    expect(report.problems).toEqual([]);
    expect(report.droppedPath).toBe(tmp().root);
    expect(report.summary).toMatchObject({
      projectRoot: tmp().path('frontend'),
      miniprogramRoot: tmp().path('frontend/miniprogram'),
      miniprogramRootSetting: 'miniprogram/',
      appid: TEST_APPID,
      compileType: 'miniprogram',
      hasPrivateConfig: false,
    });
  });

  it('accepts a "./dist" style miniprogramRoot', async () => {
    await writeMiniProgram(tmp(), { miniprogramRoot: './dist' });
    const report = await readProject(tmp().root);
    expect(report.problems).toEqual([]);
    expect(report.summary?.miniprogramRoot).toBe(tmp().path('dist'));
    expect(report.summary?.miniprogramRootSetting).toBe('./dist');
  });

  it('decodes a URL-encoded project name', async () => {
    await writeMiniProgram(tmp(), { projectname: '%E5%B0%8F%E5%BA%97' });
    expect((await readProject(tmp().root)).summary?.projectName).toBe('小店');
  });

  it('lets project.private.config.json override the public file', async () => {
    await writeMiniProgram(tmp(), { projectname: 'public', miniprogramRoot: 'src' });
    await tmp().write('project.private.config.json', { projectname: 'private', setting: { urlCheck: false } });
    const report = await readProject(tmp().root);
    expect(report.summary).toMatchObject({ projectName: 'private', hasPrivateConfig: true, miniprogramRoot: tmp().path('src') });
  });

  it('merges setting key by key', async () => {
    expect(mergeConfigs([{ a: 1, setting: { es6: true, minified: true } }, { a: 2, setting: { minified: false } }])).toEqual({
      a: 2,
      setting: { es6: true, minified: false },
    });
    await writeMiniProgram(tmp());
    await tmp().write('project.private.config.json', { setting: { minified: false, urlCheck: false } });
    const { config } = await readProjectConfig(tmp().root);
    expect(config?.setting).toEqual({ es6: true, minified: false, urlCheck: false });
  });

  it('counts pages across packages and lists plugins where they are declared', async () => {
    const plugin = (provider: string) => ({ provider, version: '1.0.0' });
    await writeMiniProgram(tmp(), {
      pages: ['pages/index/index', 'pages/cart/cart', 'pages/me/me'],
      subpackagesKey: 'subPackages',
      subpackages: [
        { root: 'packageA/', name: 'order', pages: ['list/list', 'detail/detail'], plugins: { live: plugin('wx2b03c6e691cd7370') } },
        { root: 'packageB', independent: true, pages: ['help/help'] },
      ],
      plugins: { chart: plugin('wx1db9e5ab1149ea03') },
    });
    const summary = (await readProject(tmp().root)).summary!;
    expect(summary.pageCount).toBe(6);
    expect(summary.main).toEqual({ root: '', pages: ['pages/index/index', 'pages/cart/cart', 'pages/me/me'] });
    expect(summary.subpackages).toEqual([
      { root: 'packageA/', name: 'order', pages: ['list/list', 'detail/detail'] },
      { root: 'packageB/', independent: true, pages: ['help/help'] },
    ]);
    expect(summary.plugins).toEqual([
      { alias: 'chart', provider: 'wx1db9e5ab1149ea03', version: '1.0.0', declaredIn: '' },
      { alias: 'live', provider: 'wx2b03c6e691cd7370', version: '1.0.0', declaredIn: 'packageA/' },
    ]);
  });

  it('measures each package to the byte, leaving out packOptions.ignore', async () => {
    await writeMiniProgram(tmp(), {
      miniprogramRoot: 'miniprogram',
      subpackages: [{ root: 'packageA', pages: ['list/list'] }],
      config: { packOptions: { ignore: [{ type: 'folder', value: 'docs' }, { type: 'suffix', value: '.psd' }] } },
    });
    await tmp().write('miniprogram/images/logo.png', new Uint8Array(5000));
    await tmp().write('miniprogram/packageA/images/big.png', new Uint8Array(7000));
    await tmp().write('miniprogram/docs/notes.md', 'x'.repeat(9000));
    await tmp().write('miniprogram/design.psd', new Uint8Array(9000));
    const summary = (await readProject(tmp().root)).summary!;
    const ignored = ['miniprogram/docs/', 'miniprogram/design.psd'];
    const sub = tmp().bytesWritten('miniprogram/packageA/');
    expect(summary.sizes.subpackages).toEqual([{ root: 'packageA/', bytes: sub, limitBytes: SIZE_LIMITS.subpackage }]);
    expect(summary.sizes.main.bytes).toBe(tmp().bytesWritten('miniprogram/', ['miniprogram/packageA/', ...ignored]));
    expect(summary.sizes.total.bytes).toBe(tmp().bytesWritten('miniprogram/', ignored));
    expect(sub).toBeGreaterThan(7000);
  });

  it('accepts TypeScript pages and a BOM in app.json', async () => {
    await writeMiniProgram(tmp(), { pages: ['pages/index/index', 'pages/ts/ts'] });
    await tmp().delete('pages/ts/ts.js');
    await tmp().write('pages/ts/ts.ts', 'Page({});\n');
    await tmp().write('app.json', `\uFEFF${JSON.stringify({ pages: ['pages/index/index', 'pages/ts/ts'] })}`);
    const report = await readProject(tmp().root);
    expect(report.problems).toEqual([]);
    expect(report.summary?.pageCount).toBe(2);
  });

  it('reports npm as built when miniprogram_npm is there', async () => {
    await writeMiniProgram(tmp(), { miniprogramRoot: 'miniprogram' });
    await tmp().write('miniprogram/package.json', { dependencies: { dayjs: '^1.11.0' } });
    await tmp().write('miniprogram/miniprogram_npm/dayjs/index.js', 'module.exports = {}');
    const report = await readProject(tmp().root);
    expect(report.summary?.npm).toEqual({ hasDependencies: true, needsBuild: false });
    expect(codes(report)).toEqual([]);
  });

  it('follows setting.packNpmRelationList', async () => {
    await writeMiniProgram(tmp(), {
      miniprogramRoot: 'miniprogram',
      config: { setting: { packNpmManually: true, packNpmRelationList: [{ packageJsonPath: './tools/package.json', miniprogramNpmDistDir: './miniprogram/lib/' }] } },
    });
    await tmp().write('package.json', { dependencies: { ignoredHere: '1.0.0' } });
    await tmp().write('tools/package.json', { dependencies: { dayjs: '^1.11.0' } });
    await tmp().write('tools/node_modules/dayjs/package.json', { name: 'dayjs', version: '1.11.0' });
    let report = await readProject(tmp().root);
    expect(codes(report)).toEqual(['project.npm-not-built']);
    expect(report.problems[0]?.detail).toBe('tools/package.json -> miniprogram/lib/miniprogram_npm');
    await tmp().mkdir('miniprogram/lib/miniprogram_npm');
    report = await readProject(tmp().root);
    expect(report.summary?.npm).toEqual({ hasDependencies: true, needsBuild: false });
  });

  it('does not ask for an npm build when package.json has no dependencies', async () => {
    await writeMiniProgram(tmp());
    await tmp().write('package.json', { devDependencies: { typescript: '^5.0.0' }, dependencies: {} });
    expect((await readProject(tmp().root)).summary?.npm).toEqual({ hasDependencies: false, needsBuild: false });
  });

  it('reads a project dropped as its app.json', async () => {
    await writeMiniProgram(tmp());
    await writePage(tmp(), 'pages/extra/extra');
    const report = await readProject(tmp().path('app.json'));
    expect(report.summary?.projectRoot).toBe(tmp().root);
    // Config, app.json, app.js, app.wxss and two pages of four files: the root is the code folder here.
    expect(report.summary?.sizes.fileCount).toBe(12);
    expect(report.summary?.sizes.main.bytes).toBe(tmp().bytesWritten(''));
  });
});
