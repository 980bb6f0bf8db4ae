// Which whitelist a URL belongs to, decided once all files are read. In order:
//  1. ws:// and wss:// are always socket.
//  2. The place itself: the url of wx.request / wx.uploadFile / …, <image src>, <web-view src>.
//  3. Where the name it is bound to is used: `apiBase: 'https://…'` in config.js and
//     `wx.request({ url: config.apiBase + '/x' })` elsewhere make it request ("used as").
//  4. A CSS url(…) around it: a background image, downloadFile.
//  5. What the name says: upload / download / socket / web-view-like (webview, h5) /
//     image-like (img, avatar, cdn, src, …), then a media file extension in the URL (.png, .mp4, …),
//     then /base|api|host|server|endpoint|domain|url/ for request (also the callee of an
//     ordinary call: http.get('https://…'), request('https://…')).
//  6. api.weixin.qq.com with nothing else known: request (the only way to reach it).
// Anything else stays untyped ("other"): a URL shown as text, or handed to code we cannot follow.

import { isApiWeixin } from '../../../shared/domain-rules';
import { TYPE_BIT, type UrlSite } from './sites';

/** Splits camelCase, snake_case and kebab-case names into lower-case words: "imgBaseUrl" → img, base, url. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const MEDIA_WORDS = new Set([
  'img', 'imgs', 'image', 'images', 'pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'avatar', 'avatars',
  'icon', 'icons', 'cdn', 'static', 'asset', 'assets', 'media', 'video', 'videos', 'audio', 'music', 'voice',
  'poster', 'cover', 'thumb', 'thumbnail', 'banner', 'banners', 'logo', 'bg', 'background', 'src', 'font', 'fonts',
]);
const REQUEST_CALLEES = new Set(['request', 'fetch', 'ajax', 'http', 'get', 'post', 'put', 'patch']);
const REQUEST_NAME = /base|api|host|server|endpoint|domain|url/i;
const MEDIA_PATH = /\.(?:png|jpe?g|gif|webp|svg|bmp|ico|mp3|mp4|m4a|aac|wav|ogg|mov|m3u8|flv|ttf|otf|woff2?)(?:[?#]|$)/i;

/** Names repeat a lot (url, src, BASE_URL…): their verdicts are kept, up to a bound. */
const specificCache = new Map<string, number>();
const CACHE_LIMIT = 10_000;

function specificBits(name: string): number {
  let bits = specificCache.get(name);
  if (bits === undefined) {
    bits = specificBitsOf(name);
    if (specificCache.size >= CACHE_LIMIT) specificCache.clear();
    specificCache.set(name, bits);
  }
  return bits;
}

function specificBitsOf(name: string): number {
  const words = nameWords(name);
  if (words.some((word) => word.includes('upload'))) return TYPE_BIT.uploadFile;
  if (words.some((word) => word.includes('download'))) return TYPE_BIT.downloadFile;
  if (words.some((word) => word === 'ws' || word === 'wss' || word.includes('socket'))) return TYPE_BIT.socket;
  if (words.includes('webview') || words.includes('h5') || (words.includes('web') && words.includes('view'))) return TYPE_BIT.webview;
  if (words.some((word) => MEDIA_WORDS.has(word))) return TYPE_BIT.downloadFile;
  return 0;
}

function urlPath(url: string): string {
  const afterScheme = url.indexOf('//');
  const slash = url.indexOf('/', afterScheme + 2);
  return slash === -1 ? '' : url.slice(slash);
}

/** The type bits of a site; 0 when it cannot be typed. */
export function classifySite(site: UrlSite, usages: ReadonlyMap<string, number>): number {
  const { url } = site;
  if (url.scheme === 'ws' || url.scheme === 'wss') return TYPE_BIT.socket;
  if (site.direct) return site.direct;
  if (site.cheap) return isApiWeixin(url.host) ? TYPE_BIT.request : 0;

  const innermost = site.names[0];
  const used = innermost === undefined ? 0 : (usages.get(innermost) ?? 0);
  if (used) return used;
  if (site.cssUrl) return TYPE_BIT.downloadFile;

  const candidates = site.callee === null ? site.names : [...site.names, site.callee];
  for (const name of candidates) {
    const bits = specificBits(name);
    if (bits) return bits;
  }
  if (MEDIA_PATH.test(urlPath(url.url))) return TYPE_BIT.downloadFile;
  if (site.names.some((name) => REQUEST_NAME.test(name))) return TYPE_BIT.request;
  if (site.callee !== null && (REQUEST_NAME.test(site.callee) || nameWords(site.callee).some((word) => REQUEST_CALLEES.has(word)))) {
    return TYPE_BIT.request;
  }
  if (isApiWeixin(url.host)) return TYPE_BIT.request;
  return 0;
}
