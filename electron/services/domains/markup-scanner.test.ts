import { describe, expect, it } from 'vitest';
import { scanMarkup } from './markup-scanner';
import { locate } from './scan-domains';
import { createSink, MEDIA_BIT, NAV_BIT, TYPE_BIT, type ScanSink } from './sites';
import { stripComments } from './strip-comments';

function scan(text: string): ScanSink {
  const sink = createSink();
  scanMarkup(text, sink);
  return sink;
}

const usesOf = (sink: ScanSink) => Object.fromEntries([...sink.shared.uses].map(([slot, bits]) => [slot.replaceAll('\u0000', '/'), bits]));

function found(text: string): Array<[string, number, number, string]> {
  const sink = scan(text);
  return locate(text, sink.sites, 'x.wxml').map(({ site, line }) => [site.url.host, line, site.direct, site.names[0] ?? '']);
}

describe('scanMarkup', () => {
  it('marks image / video / audio sources as media, web-view as webview and navigator as navigation', () => {
    const text = [
      '<view>',
      '  <image class="a" src="https://img.shop.com/a.png" mode="aspectFill"/>',
      "  <video src='https://v.shop.com/a.mp4' poster=\"https://poster.shop.com/p.jpg\"></video>",
      '  <audio src="https://a.shop.com/a.mp3" />',
      '  <cover-image src="https://cover.shop.com/c.png" />',
      '  <web-view src="https://h5.shop.com/activity?id=1"></web-view>',
      '</view>',
    ].join('\n');
    expect(found(`${text}\n<navigator url="/pages/web/web?url=https://nav.shop.com/a">go</navigator>`)).toEqual([
      ['img.shop.com', 2, MEDIA_BIT, 'src'],
      ['v.shop.com', 3, MEDIA_BIT, 'src'],
      ['poster.shop.com', 3, MEDIA_BIT, 'poster'],
      ['a.shop.com', 4, MEDIA_BIT, 'src'],
      ['cover.shop.com', 5, MEDIA_BIT, 'src'],
      ['h5.shop.com', 6, TYPE_BIT.webview, 'src'],
      ['nav.shop.com', 8, NAV_BIT, 'url'],
    ]);
    expect(scan(text).shared.dynamicWebView).toBe(false);
    expect(scan('<web-view src="{{ page }}"></web-view>').shared.dynamicWebView).toBe(true);
  });

  it('ignores <!-- comments -->, even over several lines and holding tags', () => {
    const text = [
      '<!-- <image src="https://old.shop.com/a.png" /> -->',
      '<!--',
      '  <web-view src="https://old-h5.shop.com"></web-view>',
      '-->',
      '<image src="https://new.shop.com/a.png" />',
    ].join('\n');
    expect(found(text).map(([host, line]) => [host, line])).toEqual([['new.shop.com', 5]]);
    const stripped = stripComments(text, 'markup');
    expect(stripped).not.toContain('old');
    expect(stripped.split('\n')).toHaveLength(5);
  });

  it('ignores URLs in text content: words on the screen are not requests', () => {
    expect(found('<text>官网 https://www.shop.com</text>\n<view>{{ "https://expr.shop.com" }}</view>')).toEqual([]);
  });

  it('keeps reading after expressions with < and > in text and in attributes', () => {
    const text = '<view>{{ a < b ? 1 : 2 }}</view>\n<view hidden="{{count > 0}}"><image src="https://ok.shop.com/a.png"/></view>';
    expect(found(text).map(([host, line]) => [host, line])).toEqual([['ok.shop.com', 2]]);
  });

  it('finds URLs inside {{ }} of a typed attribute, and records the names used there', () => {
    const sink = scan('<image src="{{ cdn + \'/a.png\' }}" />\n<web-view src="{{h5Url}}"></web-view>\n<image src="{{\'https://lit.shop.com/\' + item.path}}" />');
    // The last name of a chain is the value (item.path → path); generic names stay in this page (l/x/…).
    expect(usesOf(sink)).toEqual({ 'n/cdn': MEDIA_BIT, 'n/h5Url': TYPE_BIT.webview, 'l/x/path': MEDIA_BIT });
    expect(sink.sites.map((s) => [s.url.host, s.direct, s.whole])).toEqual([['lit.shop.com', MEDIA_BIT, true]]);
  });

  it('notices background images in style attributes and names other attributes', () => {
    const sink = scan('<view style="background-image: url(https://bg.shop.com/a.png); color: red" data-share-url="https://share.shop.com/x"></view>');
    expect(sink.sites.map((s) => [s.url.host, s.direct, s.cssUrl, s.names])).toEqual([
      ['bg.shop.com', 0, true, ['style']],
      ['share.shop.com', 0, false, ['shareUrl']],
    ]);
  });

  it('scans inline <wxs> as script, skipping its comments', () => {
    const text = [
      '<wxs module="m">',
      '  // var old = "https://old.shop.com";',
      '  var cdn = "https://cdn.shop.com";',
      '  module.exports = { cdn: cdn };',
      '</wxs>',
      '<image src="{{m.cdn}}/a.png" />',
    ].join('\n');
    const sink = scan(text);
    expect(locate(text, sink.sites, 'x.wxml').map(({ site, line }) => [site.url.host, line, site.names[0]])).toEqual([['cdn.shop.com', 3, 'cdn']]);
    expect(usesOf(sink)).toEqual({ 'n/cdn': MEDIA_BIT });
  });

  it('survives broken markup', () => {
    expect(found('<image src="https://a.shop.com/x.png"\n<image src="https://b.shop.com/y.png" />\n<view').map(([host]) => host)).toEqual([
      'a.shop.com',
      'b.shop.com',
    ]);
  });
});
