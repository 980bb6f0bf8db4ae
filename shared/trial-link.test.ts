import { describe, expect, it } from 'vitest';
import { trialLink } from './trial-link';

const APPID = 'wx0123456789abcdef';

/** The link's query parameter names, and its path decoded once, as WeChat's page would read them. */
function linkParams(link: string): { names: string[]; path: string | null } {
  const query = link.slice(link.indexOf('?') + 1, link.indexOf('#'));
  const pairs = query.split('&').map((pair) => pair.split('='));
  const path = pairs.find(([name]) => name === 'path')?.[1];
  return { names: pairs.map(([name]) => name!), path: path === undefined ? null : decodeURIComponent(path) };
}

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
    const { names, path } = linkParams(link);
    expect(names).toEqual(['appid', 'path']);
    expect(path).toBe('pages/cart/cart.html?from=desk&id=7');
  });

  it('encodes Chinese and spaces in the query', () => {
    const link = trialLink(APPID, 'pages/search/search', 'q=奶茶 店');
    expect(linkParams(link).path).toBe('pages/search/search.html?q=奶茶 店');
    expect(link).not.toMatch(/[\s\u4e00-\u9fff]/);
  });
});
