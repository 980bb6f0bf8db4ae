import { describe, expect, it } from 'vitest';
import { WHITELIST_TYPES, type DomainScanResult } from '../../../shared/domains';
import { useTempDir, writeMiniProgram } from '../project/test-support/project-builder';
import { scanDomains } from './scan-domains';

// What counts as a call (README "What counts as a call"), on the shapes real Mini Program code
// takes. Each case is a small project on disk, scanned whole.

const tmp = useTempDir();

/** "list host" lines, e.g. "request a.com", "images b.com", "mentioned c.com". */
function verdicts(result: DomainScanResult): string[] {
  const lines = WHITELIST_TYPES.flatMap((type) => result.byType[type].map((entry) => `${type} ${entry.host}`));
  lines.push(...result.images.map((entry) => `images ${entry.host}`), ...result.mentioned.map((entry) => `mentioned ${entry.host}`));
  return lines.sort();
}

async function scanFiles(files: Record<string, string>): Promise<DomainScanResult> {
  const root = await writeMiniProgram(tmp());
  for (const [file, text] of Object.entries(files)) await tmp().write(file, text);
  return scanDomains({ projectRoot: root, miniprogramRoot: root });
}

describe('what counts as a call', () => {
  it('a URL passed to a wrapper whose parameter reaches wx.request, also through a wrapper of the wrapper', async () => {
    const result = await scanFiles({
      'utils/http.js': [
        'export function fetchJson(url, data) {',
        '  return new Promise((resolve, reject) => wx.request({ url, data, success: resolve, fail: reject }));',
        '}',
        'export const getJson = (url) => fetchJson(url, null);',
      ].join('\n'),
      'pages/a/a.js': "fetchJson('https://maps.partner.cn/geo');\ngetJson('https://weather.partner.cn/now');\nfetchJson({}, 'https://second-arg.partner.cn');",
    });
    expect(verdicts(result)).toEqual(['mentioned second-arg.partner.cn', 'request maps.partner.cn', 'request weather.partner.cn']);
  });

  it('only the head of a URL names its host: BASE + path, not a URL appended after it', async () => {
    const result = await scanFiles({
      'utils/request.js': [
        "const BASE_URL = 'https://gw.shop.cn';",
        'export function request(path) {',
        '  return new Promise((resolve) => wx.request({ url: `${BASE_URL}${path}`, success: resolve }));',
        '}',
      ].join('\n'),
      'pages/a/a.js': "request('https://appended.shop.cn/x');",
    });
    expect(verdicts(result)).toEqual(['mentioned appended.shop.cn', 'request gw.shop.cn']);
  });

  it('an options object passed on whole (spread, Object.assign, a helper inside the call)', async () => {
    const result = await scanFiles({
      'utils/http.js': [
        'function requestPromise(opts) { return new Promise((ok) => wx.request({ ...opts, success: ok })); }',
        "const BASE_URL = 'https://api.shop.cn';",
        "function postJson(path, data) { return requestPromise({ url: path.startsWith('http') ? path : (BASE_URL + path), method: 'POST', data }); }",
        'const http = { get(options) { return requestPromise(Object.assign({}, options, { method: "GET" })); } };',
        "var URL_SEARCH = 'https://apis.map.qq.com/ws/place/v1/search';",
        'function search(t, o) { wx.request(Utils.buildWxRequestConfig(t, { url: URL_SEARCH, data: o })); }',
      ].join('\n'),
      'pages/a/a.js': "postJson('https://full.partner.cn/orders', {});\nhttp.get({ url: 'https://get.partner.cn/x' });\nwx.uploadFile(Object.assign({}, { url: 'https://assign.shop.cn/up' }));",
    });
    expect(verdicts(result)).toEqual([
      'request api.shop.cn',
      'request apis.map.qq.com',
      'request full.partner.cn',
      'request get.partner.cn',
      'uploadFile assign.shop.cn',
    ]);
  });

  it('names that carry a base URL: aliases, objects of hosts, getters, classes, getApp().globalData', async () => {
    const result = await scanFiles({
      'app.js': "App({ globalData: { host: 'https://m.shop.cn', url: 'https://global.shop.cn' } });\nconst links = { url: 'https://link.shop.cn' };",
      'config.js': [
        "const HOSTS = { prod: 'https://prod.shop.cn', test: 'https://test.shop.cn' };",
        'export const BASE = HOSTS[process.env.NODE_ENV];',
        "export const API_HOST = 'https://alias.shop.cn';",
        'export const API = { login: `${API_HOST}/login`, list: API_HOST + "/list" };',
        "export function getBaseUrl() { return 'https://getter.shop.cn'; }",
      ].join('\n'),
      'utils/client.js': [
        "class Client { constructor() { this.root = 'https://class.shop.cn'; } send(path) { wx.request({ url: this.root + path }); } }",
        "wx.request({ url: BASE + '/a' }); wx.request({ url: API.login }); wx.request({ url: getBaseUrl() + '/b' });",
        "wx.request({ url: getApp().globalData.host + '/me' });",
        "wx.request({ url: app.globalData.url + '/v2' });",
      ].join('\n'),
    });
    // globalData is one object for the project: even its generic key `url` ties files together.
    expect(verdicts(result)).toEqual([
      'mentioned link.shop.cn',
      'request alias.shop.cn',
      'request class.shop.cn',
      'request getter.shop.cn',
      'request global.shop.cn',
      'request m.shop.cn',
      'request prod.shop.cn',
      'request test.shop.cn',
    ]);
  });

  it('an endpoint table built on a root URL, requested through a wrapper; a wrapper that sets options.url', async () => {
    const result = await scanFiles({
      'config/api.js': [
        "var ApiRootUrl = 'https://www.nideshop.cn/api/';",
        "var DevRootUrl = 'http://127.0.0.1:8360/api/';",
        "var UnusedRoot = 'https://unused.nideshop.cn/api/';",
        "module.exports = { IndexUrl: ApiRootUrl + 'index/index', RegionList: DevRootUrl + 'region/list', Old: UnusedRoot + 'x' };",
      ].join('\n'),
      'utils/util.js': 'function request(url, data = {}, method = "GET") { return new Promise(function (resolve, reject) { wx.request({ url: url, data: data, method: method, fail: reject }); }); }',
      'utils/request.js': [
        "const BASE_URL = 'https://opts.shop.cn';",
        'export const send = (options) => { options.url = BASE_URL + options.url; return new Promise(() => wx.request(options)); };',
      ].join('\n'),
      'pages/index/index.js': 'util.request(api.IndexUrl).then(show);\nutil.request(api.RegionList, { parentId: 1 });',
    });
    expect(verdicts(result)).toEqual(['mentioned unused.nideshop.cn', 'request 127.0.0.1', 'request opts.shop.cn', 'request www.nideshop.cn']);
    expect(result.problems.map((p) => p.code)).toEqual(['domain.localhost']);
  });

  it('the config rule: a client base address handed to a call or set as a property, not page data', async () => {
    const result = await scanFiles({
      'config.js': "export default { host: 'https://cfg.shop.cn', docsUrl: 'https://docs.shop.cn' };",
      'utils/http.js': [
        "const instance = axios.create({ baseURL: 'https://axios.shop.cn', timeout: 5000 });",
        "fly.config.baseURL = 'https://fly.shop.cn';",
        'instance.defaults.baseURL = config.host;',
        "Page({ onLoad() { this.setData({ apiBase: 'https://data.shop.cn', imgHost: 'https://img.shop.cn' }); } });",
      ].join('\n'),
    });
    expect(verdicts(result)).toEqual([
      'images img.shop.cn',
      'mentioned data.shop.cn',
      'mentioned docs.shop.cn',
      'request axios.shop.cn',
      'request cfg.shop.cn',
      'request fly.shop.cn',
    ]);
  });

  it('not a WeChat call: other platforms, wx calls that reach nothing, words, dead constants', async () => {
    const result = await scanFiles({
      'utils/request.js': 'export function request(options) { return wx.request(options); }',
      'sdk/multi.js': [
        "var TT_UPLOAD = 'https://tt-upload.sdk.cn/file';",
        "if (isTT) tt.uploadFile({ url: TT_UPLOAD, filePath: p, name: 'f' });",
        "else if (isMy) my.request({ url: 'https://alipay.sdk.cn/log' });",
        "else if (isSwan) swan.request({ url: 'https://baidu.sdk.cn/log' });",
        "else wx.uploadFile({ url: 'https://wx-upload.sdk.cn/file', filePath: p, name: 'f' });",
        "throw new Error('sdk: appKey missing, see https://docs.sdk.cn/errors#1');",
      ].join('\n'),
      'pages/a/a.js': [
        "console.warn(`request to ${path} failed: https://status.shop.cn`);",
        "wx.showToast({ title: 'https://toast.shop.cn' });",
        "wx.setClipboardData({ data: 'https://share.shop.cn/invite' });",
        "const UNUSED_API = 'https://dead.shop.cn';",
        "// wx.request({ url: 'https://commented.shop.cn' });",
      ].join('\n'),
    });
    expect(verdicts(result)).toEqual([
      'mentioned alipay.sdk.cn',
      'mentioned baidu.sdk.cn',
      'mentioned dead.shop.cn',
      'mentioned docs.sdk.cn',
      'mentioned share.shop.cn',
      'mentioned status.shop.cn',
      'mentioned toast.shop.cn',
      'mentioned tt-upload.sdk.cn',
      'uploadFile wx-upload.sdk.cn',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('a minified name proves a call only inside the function that declares it', async () => {
    const result = await scanFiles({
      'sdk/a.min.js': '!function(){var r="https://used.min.cn",n="http://unused.min.cn/collect";function i(e){return wx.request({url:r+e.path,fail:n})}}();',
      'sdk/b.min.js': '!function(){var r="https://other.min.cn";console.log(r)}();',
    });
    expect(verdicts(result)).toEqual(['mentioned other.min.cn', 'mentioned unused.min.cn', 'request used.min.cn']);
    // The unused http:// string is no rule break: only used URLs are checked.
    expect(result.problems).toEqual([]);
  });

  it('TypeScript: typed wrappers, generic calls, return types', async () => {
    const result = await scanFiles({
      'utils/http.ts': [
        'export async function request<T>(url: string, data?: object): Promise<T> {',
        '  return new Promise<T>((resolve) => wx.request({ url, data, success: (r) => resolve(r.data as T) }));',
        '}',
        "export const upload = (url: string, filePath: string): Promise<void> => new Promise((ok) => wx.uploadFile({ url, filePath, name: 'f', success: () => ok() }));",
      ].join('\n'),
      'pages/a/a.ts': "request<User>('https://ts.shop.cn/me');\nupload('https://ts-up.shop.cn/f', path);",
    });
    expect(verdicts(result)).toEqual(['request ts.shop.cn', 'uploadFile ts-up.shop.cn']);
  });

  it('a page name (`url`, `src`) ties only files of the same page; web-view pages and images', async () => {
    const result = await scanFiles({
      'pages/web/web.wxml': '<web-view src="{{url}}"></web-view>',
      'pages/web/web.js': "Page({ data: { url: 'https://h5.shop.cn/default' } });",
      'pages/links/links.js': "Page({ data: { links: [{ title: 'Docs', url: 'https://docs.shop.cn' }] } });",
      'pages/home/home.js': [
        "const LOGO = 'https://img.shop.cn/logo.png';",
        "Page({ data: { avatar: 'https://avatar.shop.cn/u/1', logo: LOGO }, go() { wx.navigateTo({ url: '/pages/web/web?url=' + encodeURIComponent('https://promo.shop.cn/a') }); } });",
      ].join('\n'),
      'pages/home/home.wxml': '<image src="{{avatar}}" /><image src="{{logo}}" /><view style="background: url(https://bg.shop.cn/a)"></view>',
    });
    expect(verdicts(result)).toEqual([
      'images avatar.shop.cn',
      'images bg.shop.cn',
      'images img.shop.cn',
      'mentioned docs.shop.cn',
      'webview h5.shop.cn',
      'webview promo.shop.cn',
    ]);
  });
});
