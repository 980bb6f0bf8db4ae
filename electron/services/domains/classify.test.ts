import { describe, expect, it } from 'vitest';
import { findUrls } from '../../../shared/domain-rules';
import { SiteClassifier } from './classify';
import { addFlow, addShortUse, addUse, createShared, createSink, MEDIA_BIT, NAV_BIT, TYPE_BIT, type ScanShared, type UrlSite } from './sites';
import { isApiBaseName, isMediaName, nameSlot, nameWords, paramSlot } from './slots';

function site(text: string, extra: Partial<UrlSite> = {}): UrlSite {
  const url = findUrls(text)[0]!;
  return { url, offset: 0, direct: 0, whole: true, names: [], bindKind: null, scope: -1, call: null, foreign: false, cssUrl: false, ...extra };
}

function classify(shared: ScanShared, s: UrlSite, file = 'pages/a/a.js'): number {
  return new SiteClassifier(shared).classify(s, file);
}

const { request, uploadFile, webview } = TYPE_BIT;

describe('slots', () => {
  it('splits camelCase, snake_case and kebab-case names into words', () => {
    expect(nameWords('imgBaseUrl')).toEqual(['img', 'base', 'url']);
    expect(nameWords('BASE_URL')).toEqual(['base', 'url']);
    expect(nameWords('share-img-url')).toEqual(['share', 'img', 'url']);
    expect(nameWords('h5Url')).toEqual(['h5', 'url']);
  });

  it('ties specific names across the project, generic ones within a page, and not short ones', () => {
    expect(nameSlot('apiBase', 'pages/a/a')).toBe(nameSlot('apiBase', 'utils/config'));
    expect(nameSlot('url', 'pages/a/a')).not.toBe(nameSlot('url', 'pages/b/b'));
    expect(nameSlot('url', 'pages/a/a')).toBe(nameSlot('url', 'pages/a/a'));
    expect(nameSlot('e', 'x')).toBeNull();
  });

  it('knows a client base address and a media name when it sees one', () => {
    for (const name of ['baseURL', 'baseUrl', 'apiBase', 'API_HOST', 'serverUrl', 'host', 'endpoint', '$baseUrl']) expect(isApiBaseName(name), name).toBe(true);
    for (const name of ['url', 'imgHost', 'docsBase', 'uploadUrl', 'helpUrl', 'h5Host', 'cdnBase']) expect(isApiBaseName(name), name).toBe(false);
    for (const name of ['bannerImg', 'LOGO', 'avatarUrl', 'cover']) expect(isMediaName(name), name).toBe(true);
    for (const name of ['apiBase', 'cdnBase', 'src']) expect(isMediaName(name), name).toBe(false);
  });
});

describe('SiteClassifier', () => {
  it('trusts the place: a wx call, a <web-view>, a media tag', () => {
    const shared = createShared();
    expect(classify(shared, site('https://a.com', { direct: uploadFile, names: ['apiBase'] }))).toBe(uploadFile);
    expect(classify(shared, site('wss://a.com', { direct: TYPE_BIT.socket }))).toBe(TYPE_BIT.socket);
    expect(classify(shared, site('https://a.com', { direct: webview }))).toBe(webview);
    expect(classify(shared, site('https://a.com/x', { direct: MEDIA_BIT }))).toBe(MEDIA_BIT);
  });

  it('makes a URL handed to navigation a web-view page only when some <web-view> takes its src at run time', () => {
    const shared = createShared();
    const nav = site('https://h5.com/a', { direct: NAV_BIT, whole: false });
    expect(classify(shared, nav)).toBe(0);
    shared.dynamicWebView = true;
    expect(classify(shared, nav)).toBe(webview);
  });

  it('proves nothing from a URL inside words, in another platform call, or from the cheap pass', () => {
    const shared = createShared();
    addUse(shared, nameSlot('BASE', 'x')!, request);
    expect(classify(shared, site('https://a.com', { names: ['BASE'], whole: false }))).toBe(0);
    expect(classify(shared, site('https://a.com', { direct: request, whole: false }))).toBe(0);
    expect(classify(shared, site('https://a.com', { names: ['BASE'], foreign: true }))).toBe(0);
    expect(classify(shared, site('https://a.com', { names: ['BASE'], cheap: true }))).toBe(0);
    expect(classify(shared, site('wss://a.com'))).toBe(0);
    expect(classify(shared, site('https://api.weixin.qq.com/cgi-bin/token'))).toBe(0);
  });

  it('follows a bound name to its uses: anywhere for a specific name, in the same page for a generic one', () => {
    const shared = createShared();
    addUse(shared, nameSlot('apiBase', 'utils/request')!, request | uploadFile);
    addUse(shared, nameSlot('url', 'pages/web/web')!, webview);
    expect(classify(shared, site('https://a.com', { names: ['apiBase'] }), 'utils/config.js')).toBe(request | uploadFile);
    expect(classify(shared, site('https://a.com', { names: ['url'] }), 'pages/web/web.js')).toBe(webview);
    expect(classify(shared, site('https://a.com', { names: ['url'] }), 'pages/other/other.js')).toBe(0);
  });

  it('follows aliases and the outer name of an object that is indexed or passed on', () => {
    const shared = createShared();
    addFlow(shared, nameSlot('BASE', 'x')!, nameSlot('login', 'x')!);
    addUse(shared, nameSlot('login', 'x')!, request);
    addFlow(shared, nameSlot('HOSTS', 'x')!, nameSlot('BASE', 'x')!);
    addUse(shared, `${nameSlot('opts', 'pages/a/a')!}\u0000url`, uploadFile);
    expect(classify(shared, site('https://a.com', { names: ['BASE'] }))).toBe(request);
    expect(classify(shared, site('https://a.com', { names: ['prod', 'HOSTS'] }))).toBe(request);
    expect(classify(shared, site('https://a.com', { names: ['url', 'opts'] }))).toBe(uploadFile);
    expect(classify(shared, site('https://a.com', { names: ['referer', 'opts'] }))).toBe(0);
  });

  it('checks a short (minified) variable against the brackets it was declared in', () => {
    const shared = createShared();
    const sink = createSink(shared, 'sdk/min.js');
    addShortUse(sink, 'r', request, [-1, 10, 40]);
    expect(classify(shared, site('https://a.com', { names: ['r'], bindKind: 'var', scope: 10 }), 'sdk/min.js')).toBe(request);
    expect(classify(shared, site('https://a.com', { names: ['r'], bindKind: 'var', scope: 99 }), 'sdk/min.js')).toBe(0);
    expect(classify(shared, site('https://a.com', { names: ['r'], bindKind: 'var', scope: 10 }), 'sdk/other.js')).toBe(0);
    expect(classify(shared, site('https://a.com', { names: ['r'], bindKind: 'key', scope: 10 }), 'sdk/min.js')).toBe(0);
  });

  it('follows a URL passed to a wrapper, through wrappers of wrappers and whole options objects', () => {
    const shared = createShared();
    addUse(shared, paramSlot('fetchJson', 0, ''), request);
    addFlow(shared, paramSlot('getJson', 0, ''), paramSlot('fetchJson', 0, ''));
    addUse(shared, paramSlot('request', 0, 'url'), request);
    addFlow(shared, paramSlot('get', 0, ''), paramSlot('request', 0, ''));
    expect(classify(shared, site('https://a.com', { call: paramSlot('fetchJson', 0, '') }))).toBe(request);
    expect(classify(shared, site('https://a.com', { call: paramSlot('getJson', 0, '') }))).toBe(request);
    expect(classify(shared, site('https://a.com', { call: paramSlot('get', 0, 'url'), names: ['url'] }))).toBe(request);
    expect(classify(shared, site('https://a.com', { call: paramSlot('fetchJson', 1, '') }))).toBe(0);
    expect(classify(shared, site('https://a.com', { call: paramSlot('log', 0, '') }))).toBe(0);
  });

  it('applies the config rule to a client base address handed to a call, not to page data or other keys', () => {
    const shared = createShared();
    expect(classify(shared, site('https://a.com', { call: paramSlot('create', 0, 'baseURL'), names: ['baseURL'] }))).toBe(request);
    expect(classify(shared, site('https://a.com', { call: paramSlot('setData', 0, 'apiBase'), names: ['apiBase'] }))).toBe(0);
    expect(classify(shared, site('https://a.com', { call: paramSlot('create', 0, 'docsUrl'), names: ['docsUrl'] }))).toBe(0);
    expect(classify(shared, site('https://a.com', { names: ['baseURL'], bindKind: 'key' }))).toBe(0);
  });

  it('lists images apart: media places and uses, a CSS url(), a media file, a media name', () => {
    const shared = createShared();
    addUse(shared, nameSlot('logo', 'x')!, MEDIA_BIT);
    expect(classify(shared, site('https://a.com/x', { names: ['logo'] }))).toBe(MEDIA_BIT);
    expect(classify(shared, site('https://a.com/bg', { names: ['style'], cssUrl: true, whole: false }))).toBe(MEDIA_BIT);
    expect(classify(shared, site('https://a.com/banner.PNG?v=2', { names: ['url'] }))).toBe(MEDIA_BIT);
    expect(classify(shared, site('https://a.com/x', { names: ['bannerImg'] }))).toBe(MEDIA_BIT);
    expect(classify(shared, site('https://a.com/page.html', { names: ['title'] }))).toBe(0);
    expect(classify(shared, site('see https://a.com/banner.png', { whole: false }))).toBe(0);
    // A proven download of an image stays a download.
    expect(classify(shared, site('https://a.com/banner.png', { direct: TYPE_BIT.downloadFile }))).toBe(TYPE_BIT.downloadFile);
  });
});
