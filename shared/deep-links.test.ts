import { describe, expect, it } from 'vitest';
import { MP_PAGES, mpPageUrl, tokenFromUrl } from './deep-links';

describe('mpPageUrl', () => {
  it('lands on the exact page when the session token is known', () => {
    expect(mpPageUrl('devSettings', '123456789')).toBe(
      'https://mp.weixin.qq.com/wxamp/devprofile/get_profile?lang=zh_CN&token=123456789',
    );
  });

  it('keeps the query a page already has', () => {
    expect(mpPageUrl('members', '42')).toBe('https://mp.weixin.qq.com/wxamp/user/manage?action=index&use_role=1&lang=zh_CN&token=42');
  });

  it('goes through the login page, which forwards to the page, without a token', () => {
    const url = mpPageUrl('versions', null);
    expect(url.startsWith('https://mp.weixin.qq.com/cgi-bin/loginpage?url=')).toBe(true);
    expect(decodeURIComponent(url.split('url=')[1] ?? '')).toBe(`${MP_PAGES.versions}?lang=zh_CN`);
  });

  it('treats a token that is not digits as no token', () => {
    expect(mpPageUrl('home', '12&evil=1')).toContain('/cgi-bin/loginpage?url=');
  });
});

describe('tokenFromUrl', () => {
  it('reads the token from the URLs the admin site lands on after QR login', () => {
    expect(tokenFromUrl('https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=1234567890')).toBe('1234567890');
    expect(tokenFromUrl('https://mp.weixin.qq.com/cgi-bin/home?t=home/index&lang=zh_CN&token=987654321')).toBe('987654321');
    expect(tokenFromUrl('https://mp.weixin.qq.com/wxamp/devprofile/get_profile?token=55&lang=zh_CN#section')).toBe('55');
  });

  it('ignores the login page, other hosts and look-alike parameters', () => {
    expect(tokenFromUrl('https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Findex%2Findex')).toBeNull();
    expect(tokenFromUrl('https://mp.weixin.qq.com.evil.cn/wxamp/index/index?token=1')).toBeNull();
    expect(tokenFromUrl('http://mp.weixin.qq.com/wxamp/index/index?token=1')).toBeNull();
    expect(tokenFromUrl('https://mp.weixin.qq.com/wxamp/index/index?xtoken=1')).toBeNull();
    expect(tokenFromUrl('https://mp.weixin.qq.com/wxamp/index/index?token=12ab')).toBeNull();
  });
});
