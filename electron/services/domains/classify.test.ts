import { describe, expect, it } from 'vitest';
import { findUrls } from '../../../shared/domain-rules';
import { classifySite, nameWords } from './classify';
import { TYPE_BIT, type UrlSite } from './sites';

function site(text: string, extra: Partial<UrlSite> = {}): UrlSite {
  const url = findUrls(text)[0]!;
  return { url, offset: 0, direct: 0, names: [], callee: null, cssUrl: false, ...extra };
}

const noUsages = new Map<string, number>();

describe('nameWords', () => {
  it('splits camelCase, snake_case and kebab-case', () => {
    expect(nameWords('imgBaseUrl')).toEqual(['img', 'base', 'url']);
    expect(nameWords('BASE_URL')).toEqual(['base', 'url']);
    expect(nameWords('share-img-url')).toEqual(['share', 'img', 'url']);
    expect(nameWords('h5Url')).toEqual(['h5', 'url']);
  });
});

describe('classifySite', () => {
  it('puts every ws:// and wss:// URL in socket', () => {
    expect(classifySite(site('wss://ws.shop.com', { names: ['imgHost'] }), noUsages)).toBe(TYPE_BIT.socket);
    expect(classifySite(site('ws://ws.shop.com', { direct: TYPE_BIT.request }), noUsages)).toBe(TYPE_BIT.socket);
  });

  it('trusts the place first', () => {
    expect(classifySite(site('https://a.com', { direct: TYPE_BIT.uploadFile, names: ['apiBase'] }), noUsages)).toBe(TYPE_BIT.uploadFile);
  });

  it('types a name by where it is used, before what it says', () => {
    const usages = new Map([['apiBase', TYPE_BIT.request | TYPE_BIT.uploadFile], ['h5', TYPE_BIT.webview]]);
    expect(classifySite(site('https://a.com', { names: ['apiBase'] }), usages)).toBe(TYPE_BIT.request | TYPE_BIT.uploadFile);
    expect(classifySite(site('https://a.com', { names: ['h5', 'urls'] }), usages)).toBe(TYPE_BIT.webview);
  });

  it('reads what a name says', () => {
    const bits = (names: string[], text = 'https://a.com/x', callee: string | null = null) => classifySite(site(text, { names, callee }), noUsages);
    expect(bits(['apiBase'])).toBe(TYPE_BIT.request);
    expect(bits(['BASE_URL'])).toBe(TYPE_BIT.request);
    expect(bits(['serverHost'])).toBe(TYPE_BIT.request);
    expect(bits(['uploadUrl'])).toBe(TYPE_BIT.uploadFile);
    expect(bits(['downloadBase'])).toBe(TYPE_BIT.downloadFile);
    expect(bits(['socketUrl'])).toBe(TYPE_BIT.socket);
    expect(bits(['imgBaseUrl'])).toBe(TYPE_BIT.downloadFile);
    expect(bits(['avatar'])).toBe(TYPE_BIT.downloadFile);
    expect(bits(['cdnHost'])).toBe(TYPE_BIT.downloadFile);
    expect(bits(['h5Url'])).toBe(TYPE_BIT.webview);
    expect(bits(['webViewSrc'])).toBe(TYPE_BIT.webview);
    expect(bits(['prod', 'api'])).toBe(TYPE_BIT.request);
    expect(bits(['title'])).toBe(0);
    expect(bits(['debug'])).toBe(0);
  });

  it('falls back to the URL: a media file is downloaded, a css url( is a background', () => {
    expect(classifySite(site('https://a.com/banner.PNG?v=2', { names: ['url'] }), noUsages)).toBe(TYPE_BIT.downloadFile);
    expect(classifySite(site('https://a.com/bg', { names: ['style'], cssUrl: true }), noUsages)).toBe(TYPE_BIT.downloadFile);
    expect(classifySite(site('https://a.com/page.html', { names: ['title'] }), noUsages)).toBe(0);
  });

  it('reads request-like callees of ordinary calls', () => {
    expect(classifySite(site('https://a.com/x', { callee: 'get' }), noUsages)).toBe(TYPE_BIT.request);
    expect(classifySite(site('https://a.com/x', { callee: 'request' }), noUsages)).toBe(TYPE_BIT.request);
    expect(classifySite(site('https://a.com/x', { callee: 'log' }), noUsages)).toBe(0);
  });

  it('sends api.weixin.qq.com to request when nothing else is known, and the cheap pass types by scheme only', () => {
    expect(classifySite(site('https://api.weixin.qq.com/cgi-bin/token', { names: ['title'] }), noUsages)).toBe(TYPE_BIT.request);
    expect(classifySite(site('https://a.com/x.png', { names: ['img'], cheap: true }), noUsages)).toBe(0);
    expect(classifySite(site('wss://a.com', { cheap: true }), noUsages)).toBe(TYPE_BIT.socket);
  });
});
