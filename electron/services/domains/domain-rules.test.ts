import { describe, expect, it } from 'vitest';
import {
  copyList,
  entryOrigin,
  findUrls,
  hostKind,
  hostNeverAllowed,
  ignoredHost,
  ruleBroken,
  type FoundUrl,
} from '../../../shared/domain-rules';
import type { DomainHost, DomainScanResult } from '../../../shared/domains';
import { describeProblem } from '../../../shared/errors';
import { DOMAIN_ERRORS } from '../../../shared/errors/domain-errors';

const url = (text: string): FoundUrl => {
  const [found] = findUrls(text);
  if (!found) throw new Error(`no URL in ${text}`);
  return found;
};

describe('findUrls', () => {
  it('splits scheme, host and port, lower-casing the host', () => {
    expect(url('x = "HTTPS://Api.Shop.COM:8443/v1?a=1"')).toEqual({
      start: 5,
      scheme: 'https',
      host: 'api.shop.com',
      port: '8443',
      url: 'HTTPS://Api.Shop.COM:8443/v1?a=1',
    });
  });

  it('drops user info, reads IPv6, and gives up on ports that are not numbers', () => {
    expect(url('https://user:pw@a.com/x')).toMatchObject({ host: 'a.com', port: '' });
    expect(url('http://[::1]:3000/x')).toMatchObject({ host: '[::1]', port: '3000' });
    expect(url("'https://a.com:' + port")).toMatchObject({ host: '' });
  });

  it('stops at quotes, ${, {{, url( ) and ;', () => {
    expect(findUrls('a "https://a.com/x" b `https://b.com/${p}` c="https://c.com{{p}}" url(https://d.com/i.png) https://e.com;https://f.com').map((u) => u.url)).toEqual([
      'https://a.com/x',
      'https://b.com/',
      'https://c.com',
      'https://d.com/i.png',
      'https://e.com',
      'https://f.com',
    ]);
  });

  it('needs a word boundary before the scheme and ignores other schemes', () => {
    expect(findUrls('xhttp://a.com ftp://b.com wss://c.com WS://d.com').map((u) => u.host)).toEqual(['c.com', 'd.com']);
  });

  it('searches only the range asked for, with offsets into the whole text', () => {
    const text = 'https://before.com "https://inside.com" https://after.com';
    expect(findUrls(text, 19, 38)).toEqual([{ start: 20, scheme: 'https', host: 'inside.com', port: '', url: 'https://inside.com' }]);
  });

  it('finds nothing to trip over in hostile input (its speed is measured by npm run bench)', () => {
    const text = 'https://'.repeat(5_000) + ':'.repeat(5_000) + 'https:\\/\\/'.repeat(2_000) + ' https://real.example.com/x';
    expect(findUrls(text).map((u) => u.host).filter(Boolean)).toEqual(['real.example.com']);
  });
});

describe('hostKind and ignoredHost', () => {
  it('tells domains, IPs, localhost and junk apart', () => {
    expect(hostKind('api.shop.com')).toBe('domain');
    expect(hostKind('例子.中国')).toBe('domain');
    expect(hostKind('xn--fsqu00a.xn--fiqs8s')).toBe('domain');
    expect(hostKind('10.0.0.8')).toBe('ip');
    expect(hostKind('[2001:db8::1]')).toBe('ip');
    expect(hostKind('localhost')).toBe('localhost');
    expect(hostKind('dev.localhost')).toBe('localhost');
    expect(hostKind('127.0.0.1')).toBe('localhost');
    expect(hostKind('[::1]')).toBe('localhost');
    expect(hostKind('0.0.0.0')).toBe('localhost');
    for (const junk of ['', 'api.', 'api', '-a.com', 'a..com', 'shop.c0m', 'a_b.com']) expect(hostKind(junk), junk).toBe('invalid');
  });

  it("needs no entry for WeChat's own hosts, documentation links and placeholders", () => {
    for (const host of ['servicewechat.com', 'res.wx.qq.com', 'developers.weixin.qq.com', 'mp.weixin.qq.com', 'open.weixin.qq.com', 'wx.qlogo.cn', 'thirdwx.qlogo.cn', 'mmbiz.qpic.cn']) {
      expect(ignoredHost(host), host).toBe('wechat');
    }
    for (const host of ['github.com', 'www.w3.org', 'developer.mozilla.org', 'www.npmjs.com']) expect(ignoredHost(host), host).toBe('docs');
    for (const host of ['example.com', 'api.example.org', 'xxx.com', 'api.xxxx.cn', 'shop.test']) expect(ignoredHost(host), host).toBe('placeholder');
    // Real services that do need an entry:
    for (const host of ['api.weixin.qq.com', 'sh.api.weixin.qq.com', 'apis.map.qq.com', 'api.github.com', 'api.shop.com']) expect(ignoredHost(host), host).toBeNull();
  });
});

describe('ruleBroken', () => {
  const rule = (text: string, type: Parameters<typeof ruleBroken>[1] = 'request') => ruleBroken(url(text), type);

  it('passes https (and wss for socket) without a port', () => {
    expect(rule('https://api.shop.com/x')).toBeNull();
    expect(rule('wss://ws.shop.com', 'socket')).toBeNull();
    expect(rule('https://h5.shop.com', 'webview')).toBeNull();
  });

  it('names the most decisive rule only', () => {
    expect(rule('https://api.weixin.qq.com/cgi-bin/token')).toBe('domain.api-weixin');
    expect(rule('http://localhost:3000/api')).toBe('domain.localhost');
    expect(rule('http://127.0.0.1/api')).toBe('domain.localhost');
    expect(rule('http://192.168.1.20:8080')).toBe('domain.ip-address');
    expect(rule('http://legacy.shop.com')).toBe('domain.http-not-allowed');
    expect(rule('ws://ws.shop.com', 'socket')).toBe('domain.ws-not-allowed');
    expect(rule('https://ws.shop.com', 'socket')).toBe('domain.ws-not-allowed');
    expect(rule('https://pay.shop.com:8443')).toBe('domain.port');
    // WeChat wants even the default port written in the list when the code writes it.
    expect(rule('https://pay.shop.com:443')).toBe('domain.port');
  });

  it('keeps IPs, localhost and api.weixin.qq.com out of any list', () => {
    expect(hostNeverAllowed('1.2.3.4')).toBe(true);
    expect(hostNeverAllowed('localhost')).toBe(true);
    expect(hostNeverAllowed('api.weixin.qq.com')).toBe(true);
    expect(hostNeverAllowed('api.shop.com')).toBe(false);
  });

  it('builds the list entry from the type, with the port when written', () => {
    expect(entryOrigin('request', 'api.shop.com', '')).toBe('https://api.shop.com');
    expect(entryOrigin('socket', 'ws.shop.com', '')).toBe('wss://ws.shop.com');
    expect(entryOrigin('downloadFile', 'cdn.shop.com', '8443')).toBe('https://cdn.shop.com:8443');
  });
});

describe('copyList', () => {
  const entry = (origin: string, inCopyList = true): DomainHost => ({ host: new URL(origin).hostname, origin, evidence: [], codes: [], inCopyList });
  const result: Pick<DomainScanResult, 'byType'> = {
    byType: {
      request: [entry('https://b.com'), entry('https://a.com:8443'), entry('https://a.com'), entry('https://1.2.3.4', false)],
      socket: [],
      uploadFile: [entry('https://up.com')],
      downloadFile: [],
      webview: [],
    },
  };

  it('joins the entries that can be entered with ";", sorted', () => {
    expect(copyList(result, 'request')).toBe('https://a.com;https://a.com:8443;https://b.com');
    expect(copyList(result, 'uploadFile')).toBe('https://up.com');
    expect(copyList(result, 'socket')).toBe('');
  });
});

describe('domain catalogue', () => {
  it('has a Chinese and an English message, a next step and the 开发设置 link for every rule', () => {
    const params = { host: 'a.com', url: 'http://a.com/x', type: 'request', list: 'request合法域名', origin: 'https://a.com', port: '8080', count: 201, limit: 200 };
    for (const code of Object.keys(DOMAIN_ERRORS) as Array<keyof typeof DOMAIN_ERRORS>) {
      const zh = describeProblem({ code, severity: 'error', params }, 'zh-CN');
      const en = describeProblem({ code, severity: 'error', params }, 'en');
      expect(zh.message, code).not.toMatch(/\{\w+\}|未知/);
      expect(en.message, code).not.toMatch(/\{\w+\}|unexpected went/);
      expect(zh.next, code).not.toMatch(/\{\w+\}/);
      expect(en.next, code).not.toMatch(/\{\w+\}/);
      if (code !== 'domain.scan-failed') expect(zh.link, code).toEqual({ kind: 'mp', page: 'devSettings' });
    }
  });
});
