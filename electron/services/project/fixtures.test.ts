import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readProject } from './read-project';
import { expectProblem } from './test-support/expect-problem';

// The committed projects the Playwright and upload tests drop; these tests keep
// e2e/fixtures/projects/README.md true.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../e2e/fixtures/projects');

async function bytesUnder(folder: string): Promise<number> {
  let total = 0;
  for (const rel of await readdir(folder, { recursive: true })) {
    const stats = await stat(path.join(folder, rel));
    if (stats.isFile()) total += stats.size;
  }
  return total;
}

describe('e2e fixture projects', () => {
  it('nested-shop: the project is found one folder down, with no problems', async () => {
    const report = await readProject(path.join(FIXTURES, 'nested-shop'));
    expect(report.problems).toEqual([]);
    const summary = report.summary!;
    const code = path.join(FIXTURES, 'nested-shop/frontend/miniprogram');
    expect(summary).toMatchObject({
      projectRoot: path.join(FIXTURES, 'nested-shop/frontend'),
      miniprogramRoot: code,
      miniprogramRootSetting: 'miniprogram/',
      appid: 'wx0123456789abcdef',
      projectName: '小店',
      compileType: 'miniprogram',
      pageCount: 5,
      plugins: [],
      npm: { hasDependencies: false, needsBuild: false },
      hasPrivateConfig: false,
    });
    expect(summary.main.pages).toEqual(['pages/index/index', 'pages/cart/cart', 'pages/me/me']);
    expect(summary.subpackages).toEqual([{ root: 'packageOrder/', name: 'order', pages: ['pages/list/list', 'pages/detail/detail'] }]);
    const sub = await bytesUnder(path.join(code, 'packageOrder'));
    expect(summary.sizes.subpackages[0]?.bytes).toBe(sub);
    expect(summary.sizes.main.bytes).toBe((await bytesUnder(code)) - sub);
  });

  it("plugin-dev: a plugin's development project opened as a Mini Program is refused, naming the plugin", async () => {
    const report = await readProject(path.join(FIXTURES, 'plugin-dev'));
    expectProblem(report, 'project.plugin-dev-version', { zh: '插件「hello-plugin」用的是开发版', file: 'miniprogram/app.json' });
    expect(report.problems.map((p) => [p.code, p.severity])).toEqual([['project.plugin-dev-version', 'error']]);
    expect(report.problems[0]!.params).toMatchObject({ alias: 'hello-plugin', provider: 'wx3333333333333333' });
  });

  it('ext-template: a 第三方平台 template with its code in miniprogram/ and an ext.json, no problems', async () => {
    const report = await readProject(path.join(FIXTURES, 'ext-template'));
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatchObject({ appid: 'wx5e1f000000000001', miniprogramRootSetting: 'miniprogram/', pageCount: 1 });
    const ext = JSON.parse(await readFile(path.join(FIXTURES, 'ext-template/miniprogram/ext.json'), 'utf8')) as unknown;
    expect(ext).toEqual({ extEnable: true, extAppid: 'wxa000000000000001', ext: { shopName: '示例商家' } });
  });

  it('broken-json: app.json has a syntax error on line 8', async () => {
    const report = await readProject(path.join(FIXTURES, 'broken-json'));
    expectProblem(report, 'project.json-broken', { zh: 'app.json 的格式有错，第 8 行附近', file: 'app.json', line: 8, column: 3 });
    expect(report.problems).toHaveLength(1);
    expect(report.summary).toBeNull();
  });

  it('two-projects: none opened, both offered with their AppIDs and names', async () => {
    const dropped = path.join(FIXTURES, 'two-projects');
    const report = await readProject(dropped);
    expectProblem(report, 'project.choose-root', { zh: '这个文件夹里有 2 个小程序项目', params: { count: 2 } });
    expect(report.problems).toHaveLength(1);
    expect(report.summary).toBeNull();
    expect(report.candidates).toEqual([
      { projectRoot: path.join(dropped, 'admin'), folder: 'admin', appid: 'wx2222222222222222', projectName: '店长后台' },
      { projectRoot: path.join(dropped, 'shop'), folder: 'shop', appid: 'wx0123456789abcdef', projectName: '小店' },
    ]);
    for (const candidate of report.candidates) {
      const opened = await readProject(candidate.projectRoot);
      expect(opened.problems).toEqual([]);
      expect(opened.summary).toMatchObject({ appid: candidate.appid, projectName: candidate.projectName, pageCount: 1 });
    }
  });
});
