// The wx.* (and uni.* / Taro.*) calls whose options object says what a URL is for, and the
// objects of other platforms, whose calls prove nothing about WeChat.
//
// uni.* and Taro.* count as WeChat calls: uni-app and Taro build a WeChat package whose `uni` /
// `Taro` objects forward uni.request, Taro.uploadFile… to wx.request, wx.uploadFile…, so in an
// uploaded WeChat build they reach the same lists. tt (Douyin), my (Alipay), swan (Baidu),
// qq (QQ), jd (JD), ks (Kuaishou), dd (DingTalk) and xhs (Xiaohongshu) are other platforms: a
// multi-platform SDK carries their calls, which never run inside WeChat.

import { isIdentPart } from './js-chars';
import { MEDIA_BIT, NAV_BIT, TYPE_BIT } from './sites';

export interface ApiSpec {
  /** Keys of the options object that hold what the call reaches, and their bits. */
  keys: ReadonlyMap<string, number>;
}

const api = (keys: Record<string, number>): ApiSpec => ({ keys: new Map(Object.entries(keys)) });

/** wx.* (and uni.* / Taro.*) calls that reach a host, by method. */
const API_SPECS: ReadonlyMap<string, ApiSpec> = new Map([
  ['request', api({ url: TYPE_BIT.request })],
  ['connectSocket', api({ url: TYPE_BIT.socket })],
  ['uploadFile', api({ url: TYPE_BIT.uploadFile })],
  ['downloadFile', api({ url: TYPE_BIT.downloadFile })],
  // Images and media the runtime loads itself: whether they need the downloadFile list is not settled.
  ['getImageInfo', api({ src: MEDIA_BIT })],
  ['previewImage', api({ urls: MEDIA_BIT, current: MEDIA_BIT })],
  ['previewMedia', api({ sources: MEDIA_BIT, current: MEDIA_BIT })],
  ['playBackgroundAudio', api({ dataUrl: MEDIA_BIT, coverImgUrl: MEDIA_BIT })],
  ['loadFontFace', api({ source: MEDIA_BIT })],
  // A page path; an https URL inside it is for a web-view page (NAV_BIT, see sites.ts).
  ['navigateTo', api({ url: NAV_BIT })],
  ['redirectTo', api({ url: NAV_BIT })],
  ['reLaunch', api({ url: NAV_BIT })],
]);

const API_OBJECTS = new Set(['wx', 'uni', 'Taro']);
/** Globals of mini program platforms: their methods are APIs, never the project's own functions. */
const PLATFORM_OBJECTS = new Set(['wx', 'uni', 'Taro', 'tt', 'my', 'swan', 'qq', 'jd', 'ks', 'dd', 'xhs', 'qh', 'has']);

/** What a call of the name text[start, end) is: a known WeChat API, a platform API that reaches nothing we list, or ordinary. */
export type CalleeKind = ApiSpec | 'foreign' | null;

/** The object before `.name` when it is 2 to 4 letters long (wx, tt, uni, swan, Taro), else null. */
function shortObject(text: string, start: number): string | null {
  if (text.charCodeAt(start - 1) !== 46 /* . */) return null;
  let objStart = start - 1;
  const limit = Math.max(0, start - 6);
  while (objStart > limit && isIdentPart(text.charCodeAt(objStart - 1))) objStart--;
  const length = start - 1 - objStart;
  if (length < 2 || length > 4 || (objStart > 0 && (isIdentPart(text.charCodeAt(objStart - 1)) || text.charCodeAt(objStart - 1) === 46))) return null;
  return text.slice(objStart, start - 1);
}

/** The kind of a call of the method named by text[start, end). */
export function calleeKind(text: string, start: number, end: number): CalleeKind {
  const object = shortObject(text, start);
  if (object === null || !PLATFORM_OBJECTS.has(object)) return null;
  if (API_OBJECTS.has(object)) {
    const spec = API_SPECS.get(text.slice(start, end));
    if (spec) return spec;
  }
  return 'foreign';
}
