import { describe, expect, it } from 'vitest';
import { MpSession } from './mp-session';

describe('MpSession', () => {
  it('goes through the login page until a token is seen, then links straight to the page', () => {
    const session = new MpSession();
    expect(session.urlFor('versions')).toMatch(/^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/loginpage\?url=/);
    session.observe('https://mp.weixin.qq.com/wxamp/index/index?lang=zh_CN&token=424242');
    expect(session.signedIn()).toBe(true);
    expect(session.urlFor('versions')).toBe('https://mp.weixin.qq.com/wxamp/wacodepage/getcodepage?lang=zh_CN&token=424242');
  });

  it('keeps the token across pages without one and forgets it at the login page', () => {
    const session = new MpSession();
    session.observe('https://mp.weixin.qq.com/wxamp/index/index?token=7');
    session.observe('https://res.wx.qq.com/some/asset.js');
    expect(session.signedIn()).toBe(true);
    session.observe('https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Findex%2Findex');
    expect(session.signedIn()).toBe(false);
  });
});
