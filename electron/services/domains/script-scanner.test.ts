import { describe, expect, it } from 'vitest';
import { locate } from './scan-domains';
import { scanScript } from './script-scanner';
import { createSink, MEDIA_BIT, NAV_BIT, TYPE_BIT, type ScanSink } from './sites';
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

/** The uses and flows the scan recorded, with readable slot names ("n/apiBase", "p/request/0/url"). */
function flowsOf(text: string): { uses: Record<string, number>; flows: Record<string, string[]> } {
  const { shared } = scan(text);
  const show = (slot: string) => slot.replaceAll('\u0000', '/');
  return {
    uses: Object.fromEntries([...shared.uses].map(([slot, bits]) => [show(slot), bits])),
    flows: Object.fromEntries([...shared.flows].map(([slot, targets]) => [show(slot), [...targets].map(show)])),
  };
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
    expect(siteOf(text, 'api.shop.com')).toMatchObject({ names: ['BASE_URL'], bindKind: 'var', direct: 0, whole: true });
    expect(flowsOf(text).uses).toEqual({ 'n/BASE_URL': TYPE_BIT.request });
  });

  it('tells a URL that is the value from one inside words', () => {
    const text = [
      "const a = 'https://a.shop.com/x';",
      "const b = 'see https://b.shop.com/docs';",
      'const c = `https://c.shop.com/${id}`;',
      'const d = `${label}: https://d.shop.com`;',
      "const e = 'https://e.shop.com https://e2.shop.com';",
    ].join('\n');
    const whole = Object.fromEntries(scan(text).sites.map((s) => [s.url.host, s.whole]));
    expect(whole).toEqual({ 'a.shop.com': true, 'b.shop.com': false, 'c.shop.com': true, 'd.shop.com': false, 'e.shop.com': true, 'e2.shop.com': false });
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
  it('types the url of known wx calls directly, and marks other platforms and wx calls that reach nothing', () => {
    const text = [
      "wx.request({ url: 'https://r.com/a', data: { back: 'https://data.com' } });",
      "wx.uploadFile({ filePath: f, name: 'file', url: 'https://u.com/up' });",
      "wx.downloadFile({ url: 'https://d.com/x.pdf' });",
      "wx.connectSocket({ url: 'wss://s.com' });",
      "wx.previewImage({ current: 'https://p.com/1.png', urls: ['https://p.com/1.png', 'https://p2.com/2.png'] });",
      "wx.getImageInfo({ src: 'https://g.com/x' });",
      "uni.request({ url: 'https://uni.com' }); Taro.uploadFile({ url: 'https://taro.com' });",
      "wx.navigateTo({ url: '/pages/web/web?u=' + encodeURIComponent('https://h5.com/a') });",
      "my.request({ url: 'https://notwx.com' }); tt.uploadFile({ url: 'https://tt.com' });",
      "wx.showModal({ content: 'https://modal.com' });",
      "wx.request<ApiResult<Goods[]>>({ url: 'https://ts.com/goods' });",
      "wx.request(build(options, { url: 'https://via.com/x' }));",
      "const f = (a: number) => (b > c ? 'https://arrow.com' : '');",
    ].join('\n');
    const direct = Object.fromEntries(scan(text).sites.map((s) => [s.url.host, [s.direct, s.foreign]]));
    expect(direct).toEqual({
      'r.com': [TYPE_BIT.request, false],
      'data.com': [0, false],
      'u.com': [TYPE_BIT.uploadFile, false],
      'd.com': [TYPE_BIT.downloadFile, false],
      's.com': [TYPE_BIT.socket, false],
      'p.com': [MEDIA_BIT, false],
      'p2.com': [MEDIA_BIT, false],
      'g.com': [MEDIA_BIT, false],
      'uni.com': [TYPE_BIT.request, false],
      'taro.com': [TYPE_BIT.uploadFile, false],
      'h5.com': [NAV_BIT, false],
      'notwx.com': [0, true],
      'tt.com': [0, true],
      'modal.com': [0, true],
      'ts.com': [TYPE_BIT.request, false],
      'via.com': [TYPE_BIT.request, false],
      'arrow.com': [0, false],
    });
  });

  it('records the names at the head of a typed value, shorthand and template heads too, but not nested keys or suffixes', () => {
    const { uses } = flowsOf(
      [
        'wx.request({ url: config.apiBase + `/x/${id}`, method: m });',
        'wx.uploadFile({ filePath, url });',
        'wx.connectSocket({ url: `${SOCKET_HOST}/chat` });',
        'wx.previewMedia({ sources: [{ url: big, poster: cover }] });',
        'wx.downloadFile({ url: `/files/${fileHost}` });',
        'wx.navigateTo({ url: pagePath + encodeURIComponent(h5Page) });',
      ].join('\n'),
    );
    expect(uses).toEqual({
      'n/apiBase': TYPE_BIT.request,
      'l/x/url': TYPE_BIT.uploadFile,
      'n/SOCKET_HOST': TYPE_BIT.socket,
      'n/big': MEDIA_BIT,
      'n/cover': MEDIA_BIT,
      'n/pagePath': NAV_BIT,
      'n/encodeURIComponent': NAV_BIT,
      'n/h5Page': NAV_BIT,
    });
  });

  it('names a URL after its key, variable, property or the function returning it, up to the enclosing call', () => {
    const text = [
      "module.exports = { api: { prod: 'https://a.com' } };",
      "const BASE_URL: string = 'https://b.com';",
      "this.data.imgHost = 'https://c.com';",
      "const API = isDev ? 'http://localhost:3000' : 'https://d.com';",
      "function getUploadUrl() { const note = 'x'; return 'https://e.com'; }",
      "http.get('https://f.com/x');",
      "const obj = { 'apiBase': 'https://g.com' };",
      "const cfg = { h5: () => 'https://h.com' };",
      "const client = create({ baseURL: 'https://i.com' });",
    ].join('\n');
    const named = Object.fromEntries(scan(text).sites.map((s) => [s.url.host, [s.names, s.bindKind, s.call?.replaceAll('\u0000', '/') ?? null]]));
    expect(named).toEqual({
      'a.com': [['prod', 'api', 'exports'], 'key', null],
      'b.com': [['BASE_URL'], 'var', null],
      'c.com': [['imgHost'], 'prop', null],
      localhost: [['API'], 'var', null],
      'd.com': [['API'], 'var', null],
      'e.com': [['getUploadUrl'], 'return', null],
      'f.com': [[], null, 'p/get/0/'],
      'g.com': [['apiBase', 'obj'], 'key', null],
      'h.com': [['h5', 'cfg'], 'key', null],
      'i.com': [['baseURL'], 'key', 'p/create/0/baseURL'],
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

  it('still records uses and flows in a file without any URL', () => {
    const text = 'const { apiBase } = require("./config");\nwx.request({ url: apiBase + "/x" });\nexport const LOGIN = API_HOST + "/login";';
    expect(scan(text).sites).toEqual([]);
    expect(flowsOf(text)).toEqual({ uses: { 'n/apiBase': TYPE_BIT.request }, flows: { 'n/API_HOST': ['n/LOGIN'] } });
  });
});
