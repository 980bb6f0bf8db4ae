import { describe, expect, it } from 'vitest';
import { trialLink } from './trial-link';

const APPID = 'wx0123456789abcdef';

describe('the 体验版 link', () => {
  it('opens the home page when no page is named', () => {
    expect(trialLink(APPID)).toBe('https://open.weixin.qq.com/sns/getexpappinfo?appid=wx0123456789abcdef#wechat-redirect');
    expect(trialLink(APPID, '  ', '')).toBe(trialLink(APPID));
  });

  it('names a page as <page>.html, URL-encoded once', () => {
    expect(trialLink(APPID, 'pages/index/index')).toBe(
      'https://open.weixin.qq.com/sns/getexpappinfo?appid=wx0123456789abcdef&path=pages%2Findex%2Findex.html#wechat-redirect',
    );
    // A leading slash or an .html the operator typed changes nothing.
    expect(trialLink(APPID, '/pages/index/index.html')).toBe(trialLink(APPID, 'pages/index/index'));
  });

  it('carries the query inside the encoded path, so its & and = do not become the link\'s own', () => {
    const link = trialLink(APPID, 'pages/cart/cart', '?from=desk&id=7');
    expect(link).toBe(
      'https://open.weixin.qq.com/sns/getexpappinfo?appid=wx0123456789abcdef&path=pages%2Fcart%2Fcart.html%3Ffrom%3Ddesk%26id%3D7#wechat-redirect',
    );
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(['appid', 'path']);
    expect(url.searchParams.get('path')).toBe('pages/cart/cart.html?from=desk&id=7');
  });

  it('encodes Chinese and spaces in the query', () => {
    const url = new URL(trialLink(APPID, 'pages/search/search', 'q=奶茶 店'));
    expect(url.searchParams.get('path')).toBe('pages/search/search.html?q=奶茶 店');
    expect(url.href).not.toMatch(/[\s\u4e00-\u9fff]/);
  });
});
