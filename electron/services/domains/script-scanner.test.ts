import { describe, expect, it } from 'vitest';
import { locate } from './scan-domains';
import { scanScript } from './script-scanner';
import { createSink, TYPE_BIT, type ScanSink } from './sites';
import { stripComments } from './strip-comments';

function scan(text: string): ScanSink {
  const sink = createSink();
  scanScript(text, sink);
  return sink;
}

/** host → line, for every URL the scanner keeps. */
function hosts(text: string): Array<[string, number]> {
  const sink = scan(text);
  return locate(text, sink.sites, 'x.js').map(({ site, line }) => [site.url.host, line]);
}

function siteOf(text: string, host: string) {
  const site = scan(text).sites.find((s) => s.url.host === host);
  if (!site) throw new Error(`no site for ${host}`);
  return site;
}

describe('stripComments (script)', () => {
  it('blanks // and /* */ comments and keeps the lines', () => {
    const text = "const a = 1; // https://no.com\n/* one\n two https://no2.com */ const b = 'x';";
    const stripped = stripComments(text, 'script');
    expect(stripped.split('\n')).toHaveLength(3);
    expect(stripped).not.toContain('no.com');
    expect(stripped).not.toContain('no2.com');
    expect(stripped).toContain("const b = 'x';");
    expect(stripped.length).toBe(text.length);
  });

  it('keeps // and /* inside strings and template literals', () => {
    const text = "const u = 'https://a.com//b'; const t = `/* not a comment */ ${x} // nor this`; // gone";
    expect(stripComments(text, 'script')).toBe(text.replace('// gone', ' '.repeat(7)));
  });

  it('does not read a regex literal as a comment', () => {
    const texts = [
      "const re = /[/*]/; const u = 'https://yes.com'; /* https://no.com */",
      "const re = /\\/\\/ https:\\/\\/no\\.com/g; const u = 'https://yes.com';",
      "if (ok) x = text.replace(/\\/*$/, ''); const u = 'https://yes.com';",
      "return /'/.test(s) ? 'https://yes.com' : null;",
    ];
    for (const text of texts) {
      expect(stripComments(text, 'script'), text).toContain("'https://yes.com'");
      expect(hosts(text).map(([host]) => host), text).toEqual(['yes.com']);
    }
  });

  it('reads a slash after a value as division, not as a regex', () => {
    const text = "const half = total / 2; const u = 'https://yes.com'; // https://no.com /";
    expect(hosts(text)).toEqual([['yes.com', 1]]);
    const text2 = "const r = (a) / b / c; i++ / 2; const u = 'https://yes.com';";
    expect(hosts(text2)).toEqual([['yes.com', 1]]);
  });
});

describe('scanScript: URLs in strings', () => {
  it('finds URLs in both kinds of quotes with their line, and none in comments', () => {
    const text = [
      "const a = 'https://a.shop.com/x';", // 1
      '// const b = "https://commented.com";', // 2
      'const c = "wss://ws.shop.com/chat";', // 3
      '/*', // 4
      " * wx.request({ url: 'https://block.com' })", // 5
      ' */', // 6
      "const d = 'see http://d.shop.com:8080/p?q=1#h';", // 7
    ].join('\n');
    expect(hosts(text)).toEqual([
      ['a.shop.com', 1],
      ['ws.shop.com', 3],
      ['d.shop.com', 7],
    ]);
    const d = siteOf(text, 'd.shop.com');
    expect(d.url).toMatchObject({ scheme: 'http', port: '8080', url: 'http://d.shop.com:8080/p?q=1#h' });
  });

  it('treats // inside a string as part of the string', () => {
    const text = "const u = 'https://cdn.shop.com//double//slash'; const v = 'a // b https://after.com';";
    expect(hosts(text).map(([host]) => host)).toEqual(['cdn.shop.com', 'after.com']);
  });

  it('finds URLs in template literals, nested ones too, and stops the URL at ${', () => {
    const text = [
      'const a = `https://api.shop.com/${path}`;',
      'const b = `${BASE}/x`;',
      'const c = `outer ${cond ? `https://inner.shop.com/${id}` : ""} and ${ {k: 1}.k } https://after.shop.com`;',
      'const d = `https://${env}.shop.com/x`;',
      'const e = `line one',
      'https://line-two.shop.com`;',
    ].join('\n');
    const sink = scan(text);
    const found = locate(text, sink.sites, 'x.js').map(({ site, line }) => [site.url.host, line, site.url.url]);
    expect(found).toEqual([
      ['api.shop.com', 1, 'https://api.shop.com/'],
      ['inner.shop.com', 3, 'https://inner.shop.com/'],
      ['after.shop.com', 3, 'https://after.shop.com'],
      ['', 4, 'https://'],
      ['line-two.shop.com', 6, 'https://line-two.shop.com'],
    ]);
  });

  it('joins plain strings concatenated with + when the host is split', () => {
    const sink = scan("const u = 'https://' + 'api.shop.com' + '/v1';\nconst v = 'https://api.' + domain;");
    expect(sink.sites.map((s) => [s.url.host, s.url.url])).toEqual([
      ['api.shop.com', 'https://api.shop.com/v1'],
      ['api.', 'https://api.'],
    ]);
  });

  it('keeps the name a base URL is bound to, for BASE_URL + path', () => {
    const text = "const BASE_URL = 'https://api.shop.com';\nwx.request({ url: BASE_URL + '/x' });";
    expect(siteOf(text, 'api.shop.com')).toMatchObject({ names: ['BASE_URL'], direct: 0 });
    expect(scan(text).usages.get('BASE_URL')).toBe(TYPE_BIT.request);
  });

  it('undoes escaped slashes (JSON written by PHP, minified bundles)', () => {
    const site = siteOf('var c = "https:\\/\\/cdn.shop.com\\/a.png";', 'cdn.shop.com');
    expect(site.url.url).toBe('https://cdn.shop.com/a.png');
  });

  it('does not take a URL from an identifier or a longer scheme', () => {
    expect(hosts("const a = 'xhttps://no.com'; const b = 'ftp://no2.com'; const c = 'HTTPS://Yes.COM';")).toEqual([['yes.com', 1]]);
  });

  it('survives unterminated strings and unbalanced brackets', () => {
    const text = "const a = 'unterminated\n}}}) const b = 'https://yes.com';\n(((";
    expect(hosts(text)).toEqual([['yes.com', 2]]);
  });
});

describe('scanScript: what a URL is for', () => {
  it('types the url of known wx calls directly', () => {
    const text = [
      "wx.request({ url: 'https://r.com/a', data: { back: 'https://data.com' } });",
      "wx.uploadFile({ filePath: f, name: 'file', url: 'https://u.com/up' });",
      "wx.downloadFile({ url: 'https://d.com/x.pdf' });",
      "wx.connectSocket({ url: 'wss://s.com' });",
      "wx.previewImage({ current: 'https://p.com/1.png', urls: ['https://p.com/1.png', 'https://p2.com/2.png'] });",
      "wx.getImageInfo({ src: 'https://g.com/x' });",
      "uni.request({ url: 'https://uni.com' }); Taro.uploadFile({ url: 'https://taro.com' });",
      "wx.navigateTo({ url: '/pages/web/web?u=' + encodeURIComponent('https://h5.com/a') });",
      "my.request({ url: 'https://notwx.com' });",
      "wx.request<ApiResult<Goods[]>>({ url: 'https://ts.com/goods' });",
      "const f = (a: number) => (b > c ? 'https://arrow.com' : '');",
    ].join('\n');
    const direct = Object.fromEntries(scan(text).sites.map((s) => [s.url.host, s.direct]));
    expect(direct).toEqual({
      'r.com': TYPE_BIT.request,
      'data.com': 0,
      'u.com': TYPE_BIT.uploadFile,
      'd.com': TYPE_BIT.downloadFile,
      's.com': TYPE_BIT.socket,
      'p.com': TYPE_BIT.downloadFile,
      'p2.com': TYPE_BIT.downloadFile,
      'g.com': TYPE_BIT.downloadFile,
      'uni.com': TYPE_BIT.request,
      'taro.com': TYPE_BIT.uploadFile,
      'h5.com': TYPE_BIT.webview,
      'notwx.com': 0,
      'ts.com': TYPE_BIT.request,
      'arrow.com': 0,
    });
  });

  it('records the names used in a typed key, including shorthand and template parts, but not nested keys', () => {
    const sink = scan(
      [
        'wx.request({ url: config.apiBase + `/x/${id}`, method: m });',
        'wx.uploadFile({ filePath, url });',
        'wx.connectSocket({ url: `${SOCKET_HOST}/chat` });',
        'wx.previewMedia({ sources: [{ url: big, poster: cover }] });',
        'wx.navigateTo({ url: pagePath });',
      ].join('\n'),
    );
    expect(Object.fromEntries(sink.usages)).toEqual({
      config: TYPE_BIT.request,
      apiBase: TYPE_BIT.request,
      id: TYPE_BIT.request,
      url: TYPE_BIT.uploadFile,
      SOCKET_HOST: TYPE_BIT.socket,
      big: TYPE_BIT.downloadFile,
      cover: TYPE_BIT.downloadFile,
    });
  });

  it('names a URL after its key, variable, property, function or callee', () => {
    const text = [
      "module.exports = { api: { prod: 'https://a.com' } };",
      "const BASE_URL: string = 'https://b.com';",
      "this.data.imgHost = 'https://c.com';",
      "const API = isDev ? 'http://localhost:3000' : 'https://d.com';",
      "function getUploadUrl() { return 'https://e.com'; }",
      "http.get('https://f.com/x');",
      "const obj = { 'apiBase': 'https://g.com' };",
      "const cfg = { h5: () => 'https://h.com' };",
    ].join('\n');
    const sink = scan(text);
    const named = Object.fromEntries(sink.sites.map((s) => [s.url.host, [s.names, s.callee]]));
    expect(named).toEqual({
      'a.com': [['prod', 'api', 'exports'], null],
      'b.com': [['BASE_URL'], null],
      'c.com': [['imgHost'], null],
      localhost: [['API'], null],
      'd.com': [['API'], null],
      'e.com': [['getUploadUrl'], null],
      'f.com': [[], 'get'],
      'g.com': [['apiBase', 'obj'], null],
      'h.com': [['h5', 'cfg'], null],
    });
  });

  it('reads JSON keys as names', () => {
    const text = '{\n  "apiBase": "https://api.shop.com",\n  "banners": [\n    "https://img.shop.com/1.png"\n  ]\n}';
    const sink = scan(text);
    expect(sink.sites.map((s) => [s.url.host, s.names[0]])).toEqual([
      ['api.shop.com', 'apiBase'],
      ['img.shop.com', 'banners'],
    ]);
  });

  it('notices CSS url( around a URL', () => {
    expect(siteOf("const s = 'background-image: url(\"https://bg.com/a.png\")';", 'bg.com').cssUrl).toBe(true);
    expect(siteOf("const s = 'https://bg.com/a.png';", 'bg.com').cssUrl).toBe(false);
  });

  it('still records usages in a file without any URL', () => {
    const sink = scan('const { apiBase } = require("./config");\nwx.request({ url: apiBase + "/x" });');
    expect(sink.sites).toEqual([]);
    expect(sink.usages.get('apiBase')).toBe(TYPE_BIT.request);
  });
});
