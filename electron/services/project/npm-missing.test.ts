import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/errors';
import { readProject } from './read-project';
import { codes, expectProblem } from './test-support/expect-problem';
import { useTempDir, writeMiniProgram, type TempDir } from './test-support/project-builder';

// The npm check on the shapes real projects have: a repository checked out without node_modules.

/** A project with its code in miniprogram/ and a package.json there declaring `dependencies`. */
async function npmProject(tmp: TempDir, dependencies: Record<string, string>, extra: { pages?: string[]; config?: Record<string, unknown>; appJson?: Record<string, unknown> } = {}) {
  await writeMiniProgram(tmp, { miniprogramRoot: 'miniprogram', pages: extra.pages, config: extra.config, appJson: extra.appJson });
  await tmp.write('miniprogram/package.json', { name: 'shop', dependencies });
}

/** Installs a package by hand, as `npm ci` would leave it. */
async function install(tmp: TempDir, folder: string, name: string) {
  await tmp.write(`${folder}/node_modules/${name}/package.json`, { name, version: '1.0.0', main: 'index.js' });
  await tmp.write(`${folder}/node_modules/${name}/index.js`, 'module.exports = {};\n');
}

describe('the npm check', () => {
  const tmp = useTempDir();

  it('names the packages the code uses that are not installed: require, ES import, usingComponents', async () => {
    await npmProject(tmp(), { dayjs: '^1.11.10', 'lodash-es': '^4.17.21', '@vant/weapp': '^1.11.6' }, { pages: ['pages/index/index', 'pages/list/list'] });
    await tmp().write('miniprogram/pages/index/index.js', "const dayjs = require('dayjs');\nrequire('dayjs/plugin/utc');\nPage({});\n");
    await tmp().write('miniprogram/pages/list/list.ts', "import { debounce } from 'lodash-es';\nPage({ onLoad: debounce(() => 1, 10) });\n");
    await tmp().write('miniprogram/pages/list/list.json', { usingComponents: { 'van-button': '@vant/weapp/button/index' } });
    await tmp().write('miniprogram/package-lock.json', { lockfileVersion: 3, packages: {} });
    const report = await readProject(tmp().root);
    const problem = expectProblem(report, 'project.npm-missing', {
      zh: '代码用到的 3 个 npm 包还没有安装：@vant/weapp, dayjs, lodash-es',
      file: 'miniprogram/package.json',
      params: { count: 3, folder: tmp().path('miniprogram'), lockfile: 'yes' },
    });
    expect(problem.detail).toBe(
      ['@vant/weapp: miniprogram/pages/list/list.json:3', 'dayjs: miniprogram/pages/index/index.js:1, miniprogram/pages/index/index.js:2', 'lodash-es: miniprogram/pages/list/list.ts:1'].join('\n'),
    );
    // It blocks, and "built at upload" is not said while the build could not work.
    expect(codes(report)).toEqual(['project.npm-missing']);
    const cli = describeProblem(problem, 'en', { surface: 'cli' });
    expect(cli.message).toBe('3 npm packages the code uses are not installed: @vant/weapp, dayjs, lodash-es. npm cannot be built for the upload, and the Mini Program would fail on phones.');
    expect(cli.next).toBe(`In a terminal, go to ${tmp().path('miniprogram')} and run npm ci --omit=dev, then run mp-release check again.`);
  });

  it('says npm install without a lockfile', async () => {
    await npmProject(tmp(), { dayjs: '^1.11.10' });
    await tmp().write('miniprogram/pages/index/index.js', "import dayjs from 'dayjs';\nPage({});\n");
    const problem = expectProblem(await readProject(tmp().root), 'project.npm-missing', { zh: 'dayjs', params: { lockfile: 'no', count: 1 } });
    expect(describeProblem(problem, 'en', { surface: 'cli' }).next).toContain('run npm install --omit=dev');
    expect(describeProblem(problem, 'en').message).toMatch(/^1 npm package the code uses is not installed: dayjs\./);
  });

  it('does not count what WeChat finds in the project: bare paths next to the file or from the root, aliases, extended libraries', async () => {
    await npmProject(tmp(), {}, { appJson: { resolveAlias: { '@utils/*': '/utils/*' }, useExtendedLib: { weui: true } } });
    await tmp().write('miniprogram/utils/util.js', 'module.exports = {};\n');
    await tmp().write('miniprogram/pages/index/helper.js', 'module.exports = {};\n');
    await tmp().write('miniprogram/components/card/card.json', { component: true });
    await tmp().write(
      'miniprogram/pages/index/index.js',
      [
        "const util = require('utils/util');",
        "const helper = require('helper');",
        "const same = require('./helper');",
        "const up = require('../../utils/util');",
        "const abs = require('/utils/util');",
        "const alias = require('@utils/util');",
        "const fs = require('fs');",
        'Page({});',
      ].join('\n'),
    );
    await tmp().write('miniprogram/pages/index/index.json', {
      usingComponents: { card: 'components/card/card', abs: '/components/card/card', rel: '../../components/card/card', plugin: 'plugin://chart/line', dialog: 'weui-miniprogram/dialog/dialog' },
    });
    expect(codes(await readProject(tmp().root))).toEqual([]);
  });

  it('does not count packages already built into miniprogram_npm or installed in node_modules', async () => {
    await npmProject(tmp(), { dayjs: '^1.11.10', mitt: '^3.0.0' });
    await tmp().write('miniprogram/miniprogram_npm/dayjs/index.js', 'module.exports = {};\n');
    await install(tmp(), 'miniprogram', 'mitt');
    await tmp().write('miniprogram/pages/index/index.js', "const dayjs = require('dayjs');\nconst mitt = require('mitt');\nPage({});\n");
    const report = await readProject(tmp().root);
    expect(codes(report)).toEqual([]);
    // mitt is installed but not in the built miniprogram_npm: the upload must build npm again.
    expect(report.summary?.npm).toEqual({ hasDependencies: true, needsBuild: true });
  });

  it('finds a miniprogram_npm of a subpackage, next to the code that uses it', async () => {
    await writeMiniProgram(tmp(), { subpackages: [{ root: 'packageA', pages: ['list/list'] }] });
    await tmp().write('package.json', { dependencies: { dayjs: '^1.11.10' } });
    await tmp().write('miniprogram_npm/placeholder/index.js', '');
    await tmp().write('packageA/miniprogram_npm/dayjs/index.js', 'module.exports = {};\n');
    await tmp().write('packageA/list/list.js', "require('dayjs');\nPage({});\n");
    expect(codes(await readProject(tmp().root))).toEqual([]);
  });

  it('reads no code in node_modules, miniprogram_npm, comments or files packOptions leaves out', async () => {
    await npmProject(tmp(), { dayjs: '^1.11.10' }, { config: { packOptions: { ignore: [{ type: 'folder', value: 'scripts' }] } } });
    await tmp().write('miniprogram/miniprogram_npm/dayjs/index.js', "require('left-pad');\n");
    await tmp().write('miniprogram/node_modules/other/index.js', "require('right-pad');\n");
    await tmp().write('miniprogram/scripts/build.js', "require('gulp');\n");
    await tmp().write('miniprogram/pages/index/index.js', "// require('moment')\n/* import x from 'qs' */\nPage({});\n");
    expect(codes(await readProject(tmp().root))).toEqual([]);
  });

  it('follows packNpmRelationList: node_modules goes beside the package.json it names', async () => {
    await writeMiniProgram(tmp(), {
      miniprogramRoot: 'miniprogram',
      config: { setting: { packNpmManually: true, packNpmRelationList: [{ packageJsonPath: './package.json', miniprogramNpmDistDir: './miniprogram/' }] } },
    });
    await tmp().write('package.json', { dependencies: { dayjs: '^1.11.10' } });
    await tmp().write('npm-shrinkwrap.json', { lockfileVersion: 3, packages: {} });
    await tmp().write('miniprogram/pages/index/index.js', "const dayjs = require('dayjs');\nPage({});\n");
    expectProblem(await readProject(tmp().root), 'project.npm-missing', { zh: 'dayjs', file: 'package.json', params: { folder: tmp().root, lockfile: 'yes' } });
    await install(tmp(), '.', 'dayjs');
    const report = await readProject(tmp().root);
    expect(codes(report)).toEqual(['project.npm-not-built']);
    expect(report.summary?.npm.needsBuild).toBe(true);
  });

  it('blocks dependencies nobody installed when npm was never built, even if the code names none of them', async () => {
    // The upload's npm build finds nothing in node_modules and fails (__NO_NODE_MODULES__).
    await npmProject(tmp(), { dayjs: '^1.11.10' });
    const problem = expectProblem(await readProject(tmp().root), 'project.npm-missing', { zh: 'dayjs', params: { count: 1 } });
    expect(problem.detail).toBe('dayjs: miniprogram/package.json dependencies (the npm build needs it)');
  });

  it('names packages no package.json declares, apart from Node modules and devDependencies', async () => {
    await writeMiniProgram(tmp());
    await tmp().write('package.json', { devDependencies: { 'miniprogram-api-typings': '^3.12.0', jest: '^29.0.0' } });
    await tmp().write('pages/index/index.js', "const mitt = require('mitt');\nconst path = require('path');\nPage({});\n");
    await tmp().write('utils/request.ts', "import type { Options } from 'qs';\nimport { stringify } from 'qs';\n");
    await tmp().write('pages/index/index.test.js', "const { test } = require('jest');\n");
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.npm-undeclared', {
      zh: '代码用到了 2 个 npm 包，但 package.json 的 dependencies 里没有写：mitt, qs',
      file: 'pages/index/index.js',
      line: 1,
      params: { count: 2 },
    });
    expect(codes(report)).toEqual(['project.npm-undeclared']);
  });
});
