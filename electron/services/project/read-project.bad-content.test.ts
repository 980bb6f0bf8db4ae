import { describe, expect, it } from 'vitest';
import { readProject } from './read-project';
import { codes, errors, expectProblem } from './test-support/expect-problem';
import { useTempDir, writeMiniProgram, writePage } from './test-support/project-builder';

describe('readProject on projects whose content cannot be released as is', () => {
  const tmp = useTempDir();

  it('an empty appid', async () => {
    await writeMiniProgram(tmp(), { appid: '' });
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.appid-missing', { zh: '没有填写 AppID', file: 'project.config.json', line: 2 });
  });

  it('the test appid touristappid', async () => {
    await writeMiniProgram(tmp(), { appid: 'touristappid' });
    expectProblem(await readProject(tmp().root), 'project.appid-tourist', { zh: '测试号（touristappid）', file: 'project.config.json', line: 2 });
  });

  it('a malformed appid only warns', async () => {
    await writeMiniProgram(tmp(), { appid: 'wx123' });
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.appid-malformed', { severity: 'warning', zh: 'AppID「wx123」格式不对', params: { appid: 'wx123' } });
    expect(errors(report)).toEqual([]);
  });

  it('app.json without pages', async () => {
    await writeMiniProgram(tmp(), { appJson: { pages: [] } });
    expectProblem(await readProject(tmp().root), 'project.pages-empty', { zh: 'app.json 没有列出任何页面', file: 'app.json', line: 2 });
  });

  it('a page whose files are missing', async () => {
    await writeMiniProgram(tmp(), { pages: ['pages/index/index', 'pages/gone/gone'] });
    await tmp().delete('pages/gone/gone.js');
    expectProblem(await readProject(tmp().root), 'project.page-missing', {
      zh: '页面 pages/gone/gone 缺少文件 pages/gone/gone.js',
      file: 'app.json',
      line: 4,
      params: { page: 'pages/gone/gone', missing: 'pages/gone/gone.js' },
    });
  });

  it('a missing miniprogramRoot folder', async () => {
    await tmp().write('project.config.json', { appid: 'wx0123456789abcdef', compileType: 'miniprogram', miniprogramRoot: 'dist/' });
    await tmp().write('src/app.json', { pages: ['pages/index/index'] });
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.miniprogram-root-missing', { zh: '代码目录「dist/」不存在', file: 'project.config.json', line: 4 });
    expect(report.summary).toBeNull();
  });

  it('no app.json in the miniprogram root', async () => {
    await tmp().write('project.config.json', { appid: 'wx0123456789abcdef', miniprogramRoot: 'miniprogram' });
    await tmp().write('miniprogram/app.js', 'App({})');
    expectProblem(await readProject(tmp().root), 'project.app-json-missing', { zh: '代码目录里没有 app.json', file: 'miniprogram/app.json' });
  });

  it('a missing subpackage root', async () => {
    await writeMiniProgram(tmp());
    await tmp().write('app.json', { pages: ['pages/index/index'], subpackages: [{ root: 'packageA/', pages: ['list/list'] }] });
    expectProblem(await readProject(tmp().root), 'project.subpackage-root-missing', { zh: '分包目录「packageA/」不存在', file: 'app.json', line: 7 });
  });

  it('npm dependencies installed but never built', async () => {
    await writeMiniProgram(tmp(), { miniprogramRoot: 'miniprogram/' });
    await tmp().write('package.json', { dependencies: { dayjs: '^1.11.0' } });
    // Not installed, the build could not work: a blocker then (npm-missing.test.ts).
    await tmp().write('node_modules/dayjs/package.json', { name: 'dayjs', version: '1.11.0' });
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.npm-not-built', { severity: 'warning', zh: '还没有构建（缺少 miniprogram_npm）' });
    expect(report.summary?.npm).toEqual({ hasDependencies: true, needsBuild: true });
  });

  it('a main package and a subpackage over 2 MB', async () => {
    await writeMiniProgram(tmp(), { subpackages: [{ root: 'packageA', pages: ['list/list'] }] });
    await tmp().write('images/banner.png', new Uint8Array(2 * 1024 * 1024 + 200 * 1024));
    await tmp().write('packageA/video.mp4', new Uint8Array(3 * 1024 * 1024));
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.size-main-over', { severity: 'warning', zh: '主包约 2.2 MB，超过了 2.0 MB 的上限' });
    expectProblem(report, 'project.size-sub-over', { severity: 'warning', zh: '分包「packageA/」约 3.0 MB' });
    expect(errors(report)).toEqual([]);
  });

  it('several projects in the dropped folder: none opened, both offered', async () => {
    await writeMiniProgram(tmp(), { dir: 'shop', appid: 'wx1111111111111111', projectname: 'shop' });
    await writeMiniProgram(tmp(), { dir: 'admin', appid: 'wx2222222222222222', projectname: 'admin' });
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.choose-root', { zh: '这个文件夹里有 2 个小程序项目，请选择要发布的那一个' });
    expect(report.candidates).toEqual([
      { projectRoot: tmp().path('admin'), folder: 'admin', appid: 'wx2222222222222222', projectName: 'admin' },
      { projectRoot: tmp().path('shop'), folder: 'shop', appid: 'wx1111111111111111', projectName: 'shop' },
    ]);
    expect(report.summary).toBeNull();
    const opened = await readProject(report.candidates[1]!.projectRoot);
    expect(opened.summary?.appid).toBe('wx1111111111111111');
    expect(opened.candidates).toEqual([]);
  });

  it('puts errors before warnings', async () => {
    await writeMiniProgram(tmp(), { appid: 'wx123', pages: ['pages/index/index', 'pages/gone/gone'] });
    await tmp().delete('pages/gone');
    expect(codes(await readProject(tmp().root))).toEqual(['project.page-missing', 'project.appid-malformed']);
  });
});

describe('readProject never throws', () => {
  const tmp = useTempDir();

  it('turns an odd but valid config into problems, not exceptions', async () => {
    await tmp().write('project.config.json', { appid: 42, setting: 'x', packOptions: { ignore: 'x' }, compileType: 'weird', projectname: '%E5%B0' });
    await tmp().write('app.json', { pages: [1, 'pages/a/a'], subpackages: [null, { root: 5 }, { root: 'p', pages: 'x' }], plugins: { a: 'x' } });
    await writePage(tmp(), 'pages/a/a');
    await tmp().mkdir('p');
    const report = await readProject(tmp().root);
    expect(codes(report)).toEqual(['project.appid-missing']);
    expect(report.summary).toMatchObject({ projectName: '%E5%B0', compileType: 'miniprogram', pageCount: 1, plugins: [] });
  });
});
