import { describe, expect, it } from 'vitest';
import { MP_PAGES, mpPageUrl } from './deep-links';

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
