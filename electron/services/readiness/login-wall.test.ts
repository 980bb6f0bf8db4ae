import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeMiniProgram, type TempDir } from '../project/test-support/project-builder';
import { findLoginWall } from './login-wall';
import { projectText } from './project-text';
import { readinessService } from './test-support/readiness-service';

// The login wall on small projects written to disk: each shape that walls the reviewer off, and the
// near misses that must not (a logout helper, a tap handler, a commented-out redirect).
const PAGES = ['pages/index/index', 'pages/login/login', 'pages/gate/gate'];

describe('findLoginWall', () => {
  const tmp = useTempDir();

  async function wallOf(files: Record<string, string>, entryPage = 'pages/index/index') {
    const root = await writeMiniProgram(tmp(), { pages: PAGES });
    for (const [rel, text] of Object.entries(files)) await tmp().write(rel, text);
    return findLoginWall({ files: projectText(root, root), pages: PAGES, entryPage });
  }

  it('finds nothing in a project without a login', async () => {
    expect(await wallOf({})).toBeNull();
  });

  it('finds onLaunch sending to the login page, with the line', async () => {
    const app = "App({\n  onLaunch() {\n    if (!wx.getStorageSync('token')) {\n      wx.redirectTo({ url: '/pages/login/login?from=launch' });\n    }\n  },\n});\n";
    expect(await wallOf({ 'app.js': app })).toEqual({ file: 'app.js', line: 4, reason: 'redirect', evidence: 'wx.redirectTo → pages/login/login' });
  });

  it('follows onLaunch into its callbacks and the methods they call (app.ts too)', async () => {
    const app = [
      'App({',
      '  onLaunch: function () {',
      '    wx.getStorage({ key: "token", fail: () => { this.goLogin(); } });',
      '  },',
      '  goLogin() {',
      "    wx.reLaunch({ url: `/pages/auth/index?t=${Date.now()}` });",
      '  },',
      '});',
    ].join('\n');
    expect(await wallOf({ 'app.ts': app })).toMatchObject({ file: 'app.ts', line: 6, evidence: 'wx.reLaunch → pages/auth/index' });
  });

  it('does not take a logout helper, a tap handler or a commented-out redirect for a wall', async () => {
    const app = "App({\n  onLaunch() {},\n  logout() {\n    wx.reLaunch({ url: '/pages/login/login' });\n  },\n});\n";
    const page = "Page({\n  onLoad() {\n    // wx.redirectTo({ url: '/pages/login/login' });\n  },\n  toLogin() {\n    wx.navigateTo({ url: '/pages/login/login' });\n  },\n});\n";
    expect(await wallOf({ 'app.js': app, 'pages/index/index.js': page })).toBeNull();
  });

  it('finds uni-app and Taro redirects in the entry page as it loads, relative urls resolved', async () => {
    const uni = "export default {\n  onShow() {\n    uni.reLaunch({ url: '../login/login' });\n  },\n};\n";
    expect(await wallOf({ 'pages/index/index.js': uni })).toMatchObject({ file: 'pages/index/index.js', line: 3, evidence: 'uni.reLaunch → pages/login/login' });
    const taro = "import Taro from '@tarojs/taro';\nPage({ onLoad() { this.check(); }, check() { Taro.redirectTo({ url: LOGIN_PAGE }); } });\n";
    expect(await wallOf({ 'pages/index/index.js': taro })).toMatchObject({ line: 2, evidence: 'Taro.redirectTo → LOGIN_PAGE' });
  });

  it('takes a page that is mostly a login button for a login page, whatever its path', async () => {
    const gate = '<view class="gate">\n  <image src="/logo.png" />\n  <text>欢迎光临</text>\n  <button bindtap="onLogin">微信一键登录</button>\n</view>\n';
    const page = "Page({ onLoad() { wx.redirectTo({ url: '/pages/gate/gate' }); } });\n";
    expect(await wallOf({ 'pages/gate/gate.wxml': gate, 'pages/index/index.js': page })).toMatchObject({ reason: 'redirect', evidence: 'wx.redirectTo → pages/gate/gate' });
    // The same redirect to a page with real content is no wall.
    const shelf = '<view wx:for="{{goods}}">{{item.name}}</view>\n<button bindtap="onLogin">登录</button>\n';
    expect(await wallOf({ 'pages/gate/gate.wxml': shelf, 'pages/index/index.js': page })).toBeNull();
  });

  it('finds an entry page that is the login page', async () => {
    const login = '<view>\n  <text>好物小店</text>\n  <button open-type="getPhoneNumber" bindgetphonenumber="onPhone">手机号登录</button>\n</view>\n';
    expect(await wallOf({ 'pages/index/index.wxml': login })).toEqual({ file: 'pages/index/index.wxml', line: 3, reason: 'loginPage', evidence: 'open-type="getPhoneNumber"' });
  });

  it('finds the profile asked for as the entry page loads, not on a tap', async () => {
    const onLoad = "Page({\n  onLoad() {\n    wx.getUserInfo({ success: (res) => this.setData(res.userInfo) });\n  },\n});\n";
    expect(await wallOf({ 'pages/index/index.js': onLoad })).toEqual({ file: 'pages/index/index.js', line: 3, reason: 'userInfo', evidence: 'wx.getUserInfo' });
    const onTap = "Page({\n  onLoad() {},\n  getProfile() {\n    wx.getUserProfile({ desc: 'x' });\n  },\n});\n";
    expect(await wallOf({ 'pages/index/index.js': onTap })).toBeNull();
  });

  it('finds a phone-number button before any content, not one below the products', async () => {
    const first = '<view>\n  <text>会员专享</text>\n  <button open-type="getPhoneNumber">授权手机号查看</button>\n  <view wx:for="{{goods}}">{{item.name}}</view>\n</view>\n';
    expect(await wallOf({ 'pages/index/index.wxml': first })).toEqual({ file: 'pages/index/index.wxml', line: 3, reason: 'phoneButton', evidence: 'open-type="getPhoneNumber"' });
    const below = '<view>\n  <view wx:for="{{goods}}">{{item.name}}</view>\n  <button open-type="getPhoneNumber">绑定手机号</button>\n</view>\n';
    expect(await wallOf({ 'pages/index/index.wxml': below })).toBeNull();
  });
});

describe('the entry page', () => {
  const tmp = useTempDir();

  async function report(tmpDir: TempDir, appJson: Record<string, unknown>) {
    const root = await writeMiniProgram(tmpDir, { pages: PAGES, miniprogramRoot: 'miniprogram/', appJson });
    await tmpDir.write('miniprogram/pages/login/login.wxml', '<button open-type="getPhoneNumber">手机号登录</button>\n');
    const service = readinessService();
    return service.run(path.join(root));
  }

  it('is entryPagePath when app.json names one, else the first page', async () => {
    expect((await report(tmp(), { entryPagePath: 'pages/login/login' })).loginWall).toMatchObject({ file: 'miniprogram/pages/login/login.wxml', reason: 'loginPage' });
    expect((await report(tmp(), {})).loginWall).toBeNull();
  });
});
