import { describe, expect, it } from 'vitest';
import { findPrivacyCalls } from './privacy-lexer';
import { findPrivacyMarkup } from './privacy-markup';

// What counts as a use of a privacy API: the wx object's method in code, not words about it.
const apis = (code: string) => findPrivacyCalls(code).map((hit) => hit.api);

describe('privacy APIs in script', () => {
  it('finds calls and references on wx, uni and Taro, however spaced', () => {
    expect(apis('wx.getLocation({}); uni . chooseImage(); Taro?.chooseAddress(); const pick = promisify(wx.chooseMedia);')).toEqual([
      'wx.getLocation',
      'uni.chooseImage',
      'Taro.chooseAddress',
      'wx.chooseMedia',
    ]);
  });

  it('finds a call inside a template literal expression', () => {
    expect(apis('const s = `${wx.getClipboardData({})}`;')).toEqual(['wx.getClipboardData']);
  });

  it('ignores comments, strings, regex literals, other platforms and other objects', () => {
    const code = [
      '// wx.getLocation()',
      '/* wx.chooseImage() */',
      "const help = 'wx.chooseAddress fills the form';",
      'const re = /wx.startRecord/;',
      'tt.getLocation({}); my.chooseImage({});',
      'this.wx.getLocation(); api.wx.chooseImage();',
      'wx.request({ url: "https://a.cn" }); wx.showToast({});',
    ].join('\n');
    expect(apis(code)).toEqual([]);
  });

  it('counts authorize scopes written as strings, not in comments', () => {
    const hits = findPrivacyCalls("wx.authorize({ scope: 'scope.camera' });\n// 'scope.record'\nconst other = 'scope.unknown';");
    expect(hits.map((hit) => hit.api)).toEqual(["'scope.camera'"]);
  });
});

describe('privacy components in WXML', () => {
  it('finds device components, open-types and the nickname input', () => {
    const markup = '<camera></camera>\n<live-pusher url="{{u}}"/>\n<button open-type="getPhoneNumber">p</button>\n<input type="nickname"/>';
    expect(findPrivacyMarkup(markup).map((hit) => `${hit.category} ${hit.api}`)).toEqual([
      'camera <camera>',
      'camera <live-pusher>',
      'microphone <live-pusher>',
      'phoneNumber open-type="getPhoneNumber"',
      'userInfo <input type="nickname">',
    ]);
  });

  it('ignores commented-out tags, bound open-types and words in text', () => {
    const markup = '<!-- <camera></camera> -->\n<button open-type="{{kind}}">x</button>\n<view>use camera and getPhoneNumber</view>\n<view title="{{ a > b }}">ok</view>';
    expect(findPrivacyMarkup(markup)).toEqual([]);
  });
});
