import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WHITELIST_TYPES, type DomainScanResult, type WhitelistType } from '../../../shared/domains';
import { describeProblem } from '../../../shared/errors';
import { useTempDir, writeMiniProgram } from '../project/test-support/project-builder';
import { imageCopyList } from '../../../shared/domain-rules';
import { copyList, scanDomains } from './scan-domains';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../e2e/fixtures/projects/domains-shop');
const CODE = path.join(FIXTURE, 'miniprogram');

/** origin → "file:line url" for each evidence, per type. */
function table(result: DomainScanResult): Record<WhitelistType, Record<string, string[]>> {
  return Object.fromEntries(
    WHITELIST_TYPES.map((type) => [
      type,
      Object.fromEntries(result.byType[type].map((entry) => [entry.origin, entry.evidence.map((e) => `${e.file}:${e.line} ${e.url}`)])),
    ]),
  ) as Record<WhitelistType, Record<string, string[]>>;
}

function hostsOf(result: DomainScanResult, type: WhitelistType | 'images' | 'mentioned'): string[] {
  const list = type === 'images' ? result.images : type === 'mentioned' ? result.mentioned : result.byType[type];
  return list.map((entry) => entry.origin);
}

describe('scanDomains on the domains-shop fixture', () => {
  it('finds exactly the expected hosts per type, with file and line', async () => {
    const result = await scanDomains({ projectRoot: FIXTURE, miniprogramRoot: CODE });
    expect(table(result)).toEqual({
      request: {
        'https://192.168.1.20:8080': ['miniprogram/utils/config.js:8 http://192.168.1.20:8080'],
        'https://api.shopdemo.cn': ['miniprogram/utils/config.js:6 https://api.shopdemo.cn'],
        'https://api.weixin.qq.com': ['miniprogram/pages/index/index.js:22 https://api.weixin.qq.com/sns/jscode2session?js_code='],
        'https://legacy.shopdemo.cn': ['miniprogram/pages/index/index.js:14 http://legacy.shopdemo.cn/v1/notice'],
        'https://pay.shopdemo.cn:8443': ['miniprogram/utils/config.js:7 https://pay.shopdemo.cn:8443'],
      },
      socket: { 'wss://ws.shopdemo.cn': ['miniprogram/utils/config.js:9 wss://ws.shopdemo.cn/chat'] },
      uploadFile: { 'https://upload.shopdemo.cn': ['miniprogram/pages/index/index.js:33 https://upload.shopdemo.cn/avatar'] },
      downloadFile: { 'https://files.shopdemo.cn': ['miniprogram/pages/index/index.js:40 https://files.shopdemo.cn/manual.pdf'] },
      webview: { 'https://h5.shopdemo.cn': ['miniprogram/pages/web/web.wxml:1 https://h5.shopdemo.cn/activity?id=1'] },
    });
    // The <image> banner is an image host, not a proven download.
    expect(result.images.map((entry) => [entry.origin, entry.evidence])).toEqual([
      ['https://img.shopdemo.cn', [{ file: 'miniprogram/pages/index/index.wxml', line: 2, url: 'https://img.shopdemo.cn/banner/spring.png' }]],
    ]);
    // Comments (// and /* */ in JS, <!-- --> in WXML), text content, doc links and WeChat's avatar CDN leave no trace.
    expect(result.mentioned).toEqual([]);
    const everything = JSON.stringify(result);
    for (const host of ['debug.shopdemo.cn', 'old-api.shopdemo.cn', 'old-img.shopdemo.cn', 'help.shopdemo.cn', 'developers.weixin.qq.com', 'github.com', 'qlogo.cn', 'mock.shopdemo.cn']) {
      expect(everything, host).not.toContain(host);
    }
    expect(result.filesScanned).toBe(11);
    expect(result.largeFiles).toEqual([]);
    expect(result.bytesScanned).toBeGreaterThan(2000);
  });

  it('flags exactly the rule breaks, as warnings in the order of the code, with file, line and params', async () => {
    const result = await scanDomains({ projectRoot: FIXTURE, miniprogramRoot: CODE });
    const summary = result.problems.map((p) => [p.code, p.severity, `${p.file}:${p.line}`, p.params?.host, p.params?.type]);
    expect(summary).toEqual([
      ['domain.http-not-allowed', 'warning', 'miniprogram/pages/index/index.js:14', 'legacy.shopdemo.cn', 'request'],
      ['domain.api-weixin', 'warning', 'miniprogram/pages/index/index.js:22', 'api.weixin.qq.com', 'request'],
      ['domain.port', 'warning', 'miniprogram/utils/config.js:7', 'pay.shopdemo.cn', 'request'],
      ['domain.ip-address', 'warning', 'miniprogram/utils/config.js:8', '192.168.1.20', 'request'],
    ]);
    expect(result.problems[2]!.params).toEqual({
      host: 'pay.shopdemo.cn',
      url: 'https://pay.shopdemo.cn:8443',
      type: 'request',
      list: 'request合法域名',
      origin: 'https://pay.shopdemo.cn:8443',
      port: '8443',
      count: 1,
    });
    const zh = result.problems.map((p) => describeProblem(p, 'zh-CN'));
    expect(zh[0]!.message).toBe('代码用 http:// 访问 legacy.shopdemo.cn（http://legacy.shopdemo.cn/v1/notice）。微信只允许 https://，用户手机上这个请求会失败。');
    expect(zh[2]!.next).toContain('把带端口的 https://pay.shopdemo.cn:8443 加到「request合法域名」');
    expect(zh[0]!.location).toBe('miniprogram/pages/index/index.js:14');
    expect(zh.every((d) => d.link?.kind === 'mp' && d.link.page === 'devSettings')).toBe(true);
  });

  it('gives exact copy-ready lists, without the hosts that break the rules', async () => {
    const result = await scanDomains({ projectRoot: FIXTURE, miniprogramRoot: CODE });
    const lists = Object.fromEntries(WHITELIST_TYPES.map((type) => [type, copyList(result, type)]));
    expect(lists).toEqual({
      request: 'https://api.shopdemo.cn;https://pay.shopdemo.cn:8443',
      socket: 'wss://ws.shopdemo.cn',
      uploadFile: 'https://upload.shopdemo.cn',
      downloadFile: 'https://files.shopdemo.cn',
      webview: 'https://h5.shopdemo.cn',
    });
    expect(imageCopyList(result)).toBe('https://img.shopdemo.cn');
    // The fixture's README states the same lists.
    const readme = await readFile(path.join(FIXTURE, 'README.md'), 'utf8');
    for (const list of [...Object.values(lists), imageCopyList(result)]) expect(readme).toContain(`\`${list}\``);
  });

  it('honours packOptions.ignore from project.config.json, and an explicit rule list instead', async () => {
    const fromConfig = await scanDomains({ projectRoot: FIXTURE, miniprogramRoot: CODE });
    expect(hostsOf(fromConfig, 'request')).not.toContain('https://mock.shopdemo.cn');
    const nothingIgnored = await scanDomains({ projectRoot: FIXTURE, miniprogramRoot: CODE, packIgnore: [] });
    expect(nothingIgnored.byType.request.find((entry) => entry.host === 'mock.shopdemo.cn')?.evidence).toEqual([
      { file: 'miniprogram/mock/data.js', line: 2, url: 'https://mock.shopdemo.cn/goods' },
    ]);
    expect(nothingIgnored.filesScanned).toBe(12);
  });
});

describe('scanDomains on generated projects', () => {
  const tmp = useTempDir();

  it('reads miniprogram_npm, but not node_modules, dot-folders, .d.ts, tooling files or ignored globs', async () => {
    const root = await writeMiniProgram(tmp(), {
      miniprogramRoot: 'src/',
      config: { packOptions: { ignore: [{ type: 'glob', value: '**/*.spec.js' }, { type: 'suffix', value: '.bak.js' }] } },
    });
    await tmp().write('src/miniprogram_npm/qqmap/index.js', "var KEY_URL = 'https://apis.map.qq.com/ws/';\nwx.request({ url: KEY_URL + 'geocoder' });\n");
    await tmp().write('src/node_modules/lib/index.js', "wx.request({ url: 'https://node-modules.shop.com' });");
    await tmp().write('src/.cache/x.js', "wx.request({ url: 'https://dot-folder.shop.com' });");
    await tmp().write('src/.hidden.js', "wx.request({ url: 'https://dot-file.shop.com' });");
    await tmp().write('src/typings/api.d.ts', "declare const BASE_URL = 'https://typings.shop.com';");
    await tmp().write('src/package-lock.json', { packages: { '': {}, x: { resolved: 'https://registry.npmjs.org/x/-/x-1.0.0.tgz' } } });
    await tmp().write('src/utils/api.spec.js', "wx.request({ url: 'https://spec.shop.com' });");
    await tmp().write('src/utils/api.bak.js', "wx.request({ url: 'https://bak.shop.com' });");
    await tmp().write('src/app.wxss', '.a { background: url(https://wxss.shop.com/bg.png); }');
    const result = await scanDomains({ projectRoot: root, miniprogramRoot: path.join(root, 'src') });
    expect(hostsOf(result, 'request')).toEqual(['https://apis.map.qq.com']);
    expect(result.byType.request[0]!.evidence).toEqual([{ file: 'src/miniprogram_npm/qqmap/index.js', line: 1, url: 'https://apis.map.qq.com/ws/' }]);
    expect(result.mentioned).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('types a config name by where other files use it, never by what its name says', async () => {
    const root = await writeMiniProgram(tmp());
    await tmp().write(
      'config.js',
      "export const SERVICE_URL = 'https://svc.shop.com';\nexport const API_BASE = 'https://api.shop.com';\nexport const promoPage = 'https://promo.shop.com/spring';\nexport const note = 'https://note.shop.com';\n",
    );
    await tmp().write('pages/index/index.js', "import { SERVICE_URL } from '../../config';\nwx.uploadFile({ url: `${SERVICE_URL}/up`, filePath: f, name: 'file' });\n");
    await tmp().write('pages/index/index.wxml', '<web-view src="{{promoPage}}"></web-view>\n');
    const result = await scanDomains({ projectRoot: root, miniprogramRoot: root });
    // SERVICE_URL says "request", but the code only uploads to it.
    expect(hostsOf(result, 'uploadFile')).toEqual(['https://svc.shop.com']);
    // API_BASE says "request", but nothing is shown to call it.
    expect(hostsOf(result, 'request')).toEqual([]);
    // promoPage says nothing; the WXML uses it as a web-view page.
    expect(hostsOf(result, 'webview')).toEqual(['https://promo.shop.com']);
    expect(hostsOf(result, 'mentioned')).toEqual(['https://api.shop.com', 'https://note.shop.com']);
  });

  it('keeps one problem per bad URL and type, pointing at the first use and counting the others', async () => {
    const root = await writeMiniProgram(tmp());
    await tmp().write('a.js', "wx.request({ url: 'http://old.shop.com/a' });\nwx.request({ url: 'https://old.shop.com/b' });\n");
    await tmp().write('b.js', "\n\nwx.request({ url: 'http://old.shop.com/c' }); wx.connectSocket({ url: 'ws://chat.shop.com' });\n");
    const result = await scanDomains({ projectRoot: root, miniprogramRoot: root });
    expect(result.problems.map((p) => [p.code, `${p.file}:${p.line}`, p.params?.count])).toEqual([
      ['domain.http-not-allowed', 'a.js:1', 2],
      ['domain.ws-not-allowed', 'b.js:3', 1],
    ]);
    expect(result.problems[0]!.detail).toBe('a.js:1  http://old.shop.com/a\nb.js:3  http://old.shop.com/c');
    // Used over https too, so the https entry is needed and can be copied.
    expect(result.byType.request).toEqual([
      {
        host: 'old.shop.com',
        origin: 'https://old.shop.com',
        evidence: [
          { file: 'a.js', line: 1, url: 'http://old.shop.com/a' },
          { file: 'a.js', line: 2, url: 'https://old.shop.com/b' },
          { file: 'b.js', line: 3, url: 'http://old.shop.com/c' },
        ],
        codes: ['domain.http-not-allowed'],
        inCopyList: true,
      },
    ]);
    expect(copyList(result, 'socket')).toBe('');
  });

  it('says when one list needs more than 200 entries, counting proven calls only', async () => {
    const root = await writeMiniProgram(tmp());
    const downloads = Array.from({ length: 201 }, (_, i) => `wx.downloadFile({ url: 'https://files${i}.shop.com/a.pdf' });`).join('\n');
    await tmp().write('pages/index/index.js', downloads);
    const images = Array.from({ length: 201 }, (_, i) => `<image src="https://img${i}.shop.com/a.png" />`).join('\n');
    await tmp().write('pages/index/index.wxml', images);
    const result = await scanDomains({ projectRoot: root, miniprogramRoot: root });
    expect(result.problems).toEqual([
      { code: 'domain.too-many', severity: 'warning', params: { type: 'downloadFile', list: 'downloadFile合法域名', count: 201, limit: 200 } },
    ]);
    expect(copyList(result, 'downloadFile').split(';')).toHaveLength(201);
    expect(imageCopyList(result).split(';')).toHaveLength(201);
    expect(describeProblem(result.problems[0]!, 'zh-CN').message).toBe('代码需要 201 个「downloadFile合法域名」，超过了微信允许的 200 个。');
  });

  it('gives files over the size limit only the cheap pass', async () => {
    const root = await writeMiniProgram(tmp());
    const bundle = "/* https://licence.shop.com */var a='https://cdn.shop.com/x.png';var s='wss://rt.shop.com';wx.request({url:'https://api.weixin.qq.com/x'});";
    await tmp().write('vendor/bundle.js', bundle);
    const result = await scanDomains({ projectRoot: root, miniprogramRoot: root, fullScanMaxBytes: 100 });
    expect(result.largeFiles).toEqual(['vendor/bundle.js']);
    // No context, so no proof: every URL is only mentioned (the comment's too), and no rule fires.
    for (const type of WHITELIST_TYPES) expect(hostsOf(result, type)).toEqual([]);
    expect(hostsOf(result, 'mentioned')).toEqual(['https://api.weixin.qq.com', 'https://cdn.shop.com', 'https://licence.shop.com', 'wss://rt.shop.com']);
    expect(result.problems).toEqual([]);
  });

  it('never throws: a missing folder is a warning and an empty result', async () => {
    const result = await scanDomains({ projectRoot: tmp().root, miniprogramRoot: tmp().path('nope'), packIgnore: [] });
    expect(result.problems.map((p) => [p.code, p.severity, p.file])).toEqual([['project.unreadable', 'warning', 'nope']]);
    expect(result.filesScanned).toBe(0);
    expect(Object.values(result.byType).every((list) => list.length === 0)).toBe(true);
  });
});
