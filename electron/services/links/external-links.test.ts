import { describe, expect, it } from 'vitest';
import { REVIEW_RULES_URL } from '../../../shared/deep-links';
import { isAllowedExternalUrl } from './external-links';

describe('isAllowedExternalUrl', () => {
  it('allows WeChat admin and docs pages over https', () => {
    expect(isAllowedExternalUrl('https://mp.weixin.qq.com/wxamp/index/index?token=1&lang=zh_CN')).toBe(true);
    expect(isAllowedExternalUrl('https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html')).toBe(true);
    // The 提审 step's link to the platform's review rules.
    expect(isAllowedExternalUrl(REVIEW_RULES_URL)).toBe(true);
  });

  it('refuses other hosts, look-alikes, plain http, credentials and other schemes', () => {
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://mp.weixin.qq.com.evil.cn/')).toBe(false);
    expect(isAllowedExternalUrl('http://mp.weixin.qq.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@mp.weixin.qq.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@mp.weixin.qq.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://mp.weixin.qq.com:8443/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});
