import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// A small but real mini program: 2 main-package pages and 1 page in the subpackage "packageA".

export const FIXTURE_PAGES = ['pages/index/index', 'pages/about/about'];
export const FIXTURE_SUBPACKAGE = { root: 'packageA', pages: ['pages/detail/detail'] };

function page(title: string): Record<string, string> {
  return {
    js: `Page({\n  data: { title: '${title}', taps: 0 },\n  onTap() {\n    this.setData({ taps: this.data.taps + 1 });\n  },\n});\n`,
    json: JSON.stringify({ navigationBarTitleText: title, usingComponents: {} }, null, 2),
    wxml: `<view class="page">\n  <text>{{title}}</text>\n  <button bindtap="onTap">tapped {{taps}}</button>\n</view>\n`,
    wxss: `.page {\n  padding: 32rpx;\n}\n`,
  };
}

export function writeFixtureMiniProgram(projectPath: string, appid: string): void {
  const files: Record<string, string> = {
    'project.config.json': JSON.stringify({
      appid, compileType: 'miniprogram', projectname: 'fake-wechat-fixture', libVersion: '3.0.0',
      setting: { es6: true, minified: false },
    }, null, 2),
    'app.js': `App({\n  onLaunch() {\n    this.globalData.launchedAt = Date.now();\n  },\n  globalData: { launchedAt: 0 },\n});\n`,
    'app.json': JSON.stringify({
      pages: FIXTURE_PAGES,
      subPackages: [FIXTURE_SUBPACKAGE],
      window: { navigationBarTitleText: 'Fixture' },
    }, null, 2),
    'app.wxss': `page {\n  font-size: 28rpx;\n}\n`,
  };
  const allPages = [
    ...FIXTURE_PAGES,
    ...FIXTURE_SUBPACKAGE.pages.map((pagePath) => `${FIXTURE_SUBPACKAGE.root}/${pagePath}`),
  ];
  for (const pagePath of allPages) {
    for (const [extension, content] of Object.entries(page(pagePath))) files[`${pagePath}.${extension}`] = content;
  }
  for (const [relativePath, content] of Object.entries(files)) {
    const target = join(projectPath, relativePath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
