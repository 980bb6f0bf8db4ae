import { chmod } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readProject } from './read-project';
import { codes, expectProblem } from './test-support/expect-problem';
import { useTempDir, writeMiniProgram } from './test-support/project-builder';

// "你好" in GBK, the encoding Chinese Windows editors save in by default.
const GBK_NIHAO = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]);

describe('readProject on folders it cannot read', () => {
  const tmp = useTempDir();

  it('a path that does not exist', async () => {
    const missing = tmp().path('gone');
    const report = await readProject(missing);
    expectProblem(report, 'project.path-missing', { zh: `找不到这个文件夹：${missing}`, params: { path: missing } });
    expect(report.summary).toBeNull();
  });

  it('a file dropped instead of a folder', async () => {
    const file = await tmp().write('notes.txt', 'hello');
    const report = await readProject(file);
    expectProblem(report, 'project.not-a-folder', { zh: '拖入的是一个文件', params: { path: file } });
    expect(report.summary).toBeNull();
  });

  it('an empty folder', async () => {
    expectProblem(await readProject(tmp().root), 'project.empty-folder', { zh: '这个文件夹是空的' });
  });

  it('a folder that is not a mini program', async () => {
    await tmp().write('src/index.html', '<html></html>');
    await tmp().write('package.json', { name: 'website' });
    expectProblem(await readProject(tmp().root), 'project.not-miniprogram', { zh: '缺少 project.config.json' });
  });

  it('app.json found but no project.config.json', async () => {
    await tmp().write('dist/app.json', { pages: ['pages/index/index'] });
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.config-missing', { zh: '找到了 app.json，但缺少 project.config.json', file: 'dist/app.json' });
    expect(codes(report)).toEqual(['project.config-missing']);
  });

  it('broken JSON in project.config.json, with line and column', async () => {
    await tmp().write('project.config.json', '{\n  "appid": "wx0123456789abcdef",\n  "projectname": "demo"\n  "compileType": "miniprogram"\n}\n');
    const report = await readProject(tmp().root);
    const problem = expectProblem(report, 'project.json-broken', {
      zh: 'project.config.json 的格式有错，第 4 行附近',
      file: 'project.config.json',
      line: 4,
      column: 3,
    });
    expect(problem.detail).toContain('JSON');
    expect(report.summary).toBeNull();
  });

  it('broken JSON in app.json', async () => {
    await writeMiniProgram(tmp(), { miniprogramRoot: 'miniprogram' });
    await tmp().write('miniprogram/app.json', '{\n  "pages": [\n    "pages/index/index",\n  ]\n}\n');
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.json-broken', { zh: 'miniprogram/app.json 的格式有错，第 4 行附近', file: 'miniprogram/app.json', line: 4, column: 3 });
    expect(report.summary).toBeNull();
  });

  it('project.config.json that holds a list, not an object', async () => {
    await tmp().write('project.config.json', '[]');
    expectProblem(await readProject(tmp().root), 'project.json-not-object', { zh: 'project.config.json 的内容不是一个配置对象', file: 'project.config.json' });
  });

  it('app.json saved as GBK', async () => {
    await writeMiniProgram(tmp());
    await tmp().write('app.json', Buffer.concat([Buffer.from('{"pages":["pages/index/index"],"window":{"navigationBarTitleText":"'), GBK_NIHAO, Buffer.from('"}}')]));
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.not-utf8', { zh: 'app.json 不是 UTF-8 编码', file: 'app.json' });
    expect(report.summary).toBeNull();
  });

  it('a page file saved as GBK', async () => {
    await writeMiniProgram(tmp());
    await tmp().write('pages/index/index.wxml', Buffer.concat([Buffer.from('<view>'), GBK_NIHAO, Buffer.from('</view>')]));
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.not-utf8', { zh: 'pages/index/index.wxml 不是 UTF-8 编码', file: 'pages/index/index.wxml' });
    expect(report.summary).not.toBeNull();
  });

  it('a broken page .json', async () => {
    await writeMiniProgram(tmp());
    await tmp().write('pages/index/index.json', '{\n  "usingComponents": {}\n  "navigationBarTitleText": "x"\n}');
    expectProblem(await readProject(tmp().root), 'project.json-broken', { zh: '第 3 行附近', file: 'pages/index/index.json', line: 3 });
  });

  it('project.config.json that is a folder (EISDIR)', async () => {
    await tmp().mkdir('project.config.json');
    await tmp().write('app.json', { pages: ['pages/index/index'] });
    const problem = expectProblem(await readProject(tmp().root), 'project.unreadable', { zh: '无法读取 project.config.json', file: 'project.config.json' });
    expect(problem.detail).toContain('EISDIR');
  });

  it.skipIf(process.getuid?.() === 0)('project.config.json without read permission (EACCES)', async () => {
    await writeMiniProgram(tmp());
    await chmod(tmp().path('project.config.json'), 0o000);
    const problem = expectProblem(await readProject(tmp().root), 'project.unreadable', { zh: '无法读取 project.config.json', file: 'project.config.json' });
    expect(problem.detail).toContain('EACCES');
  });

  it('a symlink loop inside the project is skipped with a warning', async () => {
    await writeMiniProgram(tmp());
    await tmp().symlink('..', 'pages/up');
    await tmp().symlink('self', 'assets/self');
    const report = await readProject(tmp().root);
    expect(report.problems.filter((p) => p.code === 'project.symlink-loop').map((p) => p.file).sort()).toEqual(['assets/self', 'pages/up']);
    expect(report.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(report.summary?.pageCount).toBe(1);
  });

  it('a dropped path that is itself a symlink loop', async () => {
    const a = await tmp().symlink('b', 'a');
    await tmp().symlink('a', 'b');
    const report = await readProject(a);
    expectProblem(report, 'project.symlink-loop', { zh: '符号链接循环', file: a });
    expect(report.summary).toBeNull();
  });
});
