// The wx.* (and uni.* / Taro.*) calls whose options object says what a URL is for.

import { isIdentPart } from './js-chars';
import { TYPE_BIT } from './sites';

export interface ApiSpec {
  /** Keys of the options object that hold what the call reaches, and their type bits. */
  keys: ReadonlyMap<string, number>;
  /** Whether identifiers in those keys type the names they refer to (not for navigation: its url is a page path). */
  typesNames: boolean;
}

const api = (keys: Record<string, number>, typesNames = true): ApiSpec => ({ keys: new Map(Object.entries(keys)), typesNames });

/** wx.* (and uni.* / Taro.*) calls that reach a host, by method. */
const API_SPECS: ReadonlyMap<string, ApiSpec> = new Map([
  ['request', api({ url: TYPE_BIT.request })],
  ['connectSocket', api({ url: TYPE_BIT.socket })],
  ['uploadFile', api({ url: TYPE_BIT.uploadFile })],
  ['downloadFile', api({ url: TYPE_BIT.downloadFile })],
  ['getImageInfo', api({ src: TYPE_BIT.downloadFile })],
  ['previewImage', api({ urls: TYPE_BIT.downloadFile, current: TYPE_BIT.downloadFile })],
  ['previewMedia', api({ sources: TYPE_BIT.downloadFile, current: TYPE_BIT.downloadFile })],
  ['playBackgroundAudio', api({ dataUrl: TYPE_BIT.downloadFile, coverImgUrl: TYPE_BIT.downloadFile })],
  ['loadFontFace', api({ source: TYPE_BIT.downloadFile })],
  // An https URL handed to navigation can only be meant for a web-view page.
  ['navigateTo', api({ url: TYPE_BIT.webview }, false)],
  ['redirectTo', api({ url: TYPE_BIT.webview }, false)],
  ['reLaunch', api({ url: TYPE_BIT.webview }, false)],
]);

const API_OBJECTS = new Set(['wx', 'uni', 'Taro']);

/** The known wx call named by the identifier text[start, end), if it is the method of wx / uni / Taro. */
export function knownApi(text: string, start: number, end: number): ApiSpec | null {
  const len = end - start;
  if (len < 7 || len > 19 || text.charCodeAt(start - 1) !== 46) return null;
  const spec = API_SPECS.get(text.slice(start, end));
  if (!spec) return null;
  let objStart = start - 1;
  while (objStart > 0 && isIdentPart(text.charCodeAt(objStart - 1))) objStart--;
  return API_OBJECTS.has(text.slice(objStart, start - 1)) ? spec : null;
}

const API_CALL = /\b(?:wx|uni|Taro)\s*\.\s*(?:request|connectSocket|uploadFile|downloadFile|getImageInfo|previewImage|previewMedia|playBackgroundAudio|loadFontFace)\b/;

/** Cheap test for files without URLs: only a known call can type a name there. */
export function mayCallApi(text: string, from: number, to: number): boolean {
  let i = text.indexOf('wx.', from);
  if (i === -1 || i >= to) {
    i = Math.min(...[text.indexOf('uni.', from), text.indexOf('Taro.', from)].map((n) => (n === -1 ? Infinity : n)));
    if (i >= to) return false;
  }
  return API_CALL.test(from === 0 && to === text.length ? text : text.slice(from, to));
}
