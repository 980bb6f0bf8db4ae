// Slots: the keys under which the scan records how values flow. A name slot is a variable or
// property name; a parameter slot is one argument of a project function ("the url of request()").
// Both sides of a flow (where a URL is bound, where a name is used) compute the same key.

/**
 * Names too common to tie files together: `url` in one page says nothing about `url` in another.
 * They link only files of the same page or component (same path without extension).
 */
const GENERIC_NAMES = new Set([
  'url', 'urls', 'src', 'uri', 'href', 'link', 'links', 'path', 'value', 'data', 'item', 'items', 'res', 'result',
  'options', 'opts', 'option', 'params', 'param', 'config', 'cfg', 'conf', 'obj', 'args', 'arg', 'info', 'detail',
  'this', 'self', 'that', 'me', 'app', 'module', 'exports', 'default', 'window', 'global', 'globaldata',
]);

/** One or two letters: a minifier's name, reused in every scope; it links nothing across scopes. */
export function isShortName(name: string): boolean {
  return name.length <= 2;
}

/** The slot of a name as the file with this stem sees it; null for a short name (see shortUses). */
export function nameSlot(name: string, stem: string): string | null {
  if (isShortName(name)) return null;
  if (GENERIC_NAMES.has(name.toLowerCase())) return `l\u0000${stem}\u0000${name}`;
  return `n\u0000${name}`;
}

/**
 * The slot of property `name` read from `owner` (`app.globalData.url`): the App's globalData is
 * one object for the whole project, so even a generic key of it ties every file.
 */
export function memberSlot(name: string, owner: string | null, stem: string): string | null {
  return owner === 'globalData' ? `g\u0000${name}` : nameSlot(name, stem);
}

/**
 * Argument `index` of the function `fn`, or the property `prop` of that argument ('' for the
 * argument itself): `request('https://…')` is p/request/0/'', `request({ url })` p/request/0/url.
 */
export function paramSlot(fn: string, index: number, prop: string): string {
  return `p\u0000${fn}\u0000${index}\u0000${prop}`;
}

export interface ParamSlotParts {
  fn: string;
  index: number;
  prop: string;
}

export function parseParamSlot(slot: string): ParamSlotParts | null {
  if (!slot.startsWith('p\u0000')) return null;
  const [, fn, index, prop] = slot.split('\u0000');
  return { fn: fn!, index: Number(index), prop: prop! };
}

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
  'icon', 'icons', 'poster', 'cover', 'thumb', 'thumbnail', 'banner', 'banners', 'logo', 'bg', 'background',
  'video', 'videos', 'audio', 'music', 'voice', 'gif',
]);

/** Whether a name says it holds an image or other media ("bannerImg", "LOGO", "avatarUrl"). */
export function isMediaName(name: string): boolean {
  return nameWords(name).some((word) => MEDIA_WORDS.has(word));
}

const BASE_WORDS = new Set(['base', 'api', 'apis', 'host', 'server', 'endpoint', 'domain', 'gateway', 'baseurl', 'baseuri']);
const NOT_BASE_WORDS = new Set([
  ...MEDIA_WORDS,
  'doc', 'docs', 'help', 'guide', 'faq', 'wiki', 'home', 'homepage', 'website', 'site', 'page', 'link', 'share',
  'error', 'err', 'msg', 'message', 'h5', 'web', 'webview', 'download', 'upload', 'socket', 'ws', 'wss', 'cdn',
  'static', 'asset', 'assets', 'file', 'files', 'font', 'fonts', 'media',
]);

/**
 * A configuration key that names the base address of an HTTP API: baseURL, apiBase, API_HOST,
 * serverUrl, host, endpoint… but not imgHost, docsBase or uploadUrl.
 */
export function isApiBaseName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => BASE_WORDS.has(word)) && !words.some((word) => NOT_BASE_WORDS.has(word));
}

/** Calls whose object argument is page data, not configuration for a client. */
const DATA_CALLEES = new Set(['setData', 'setStorage', 'setStorageSync', 'log', 'info', 'warn', 'error', 'debug']);

export function isDataCallee(fn: string): boolean {
  return DATA_CALLEES.has(fn);
}

/**
 * Functions of the language and of every program, never a project's request wrapper: a value
 * handed to them goes nowhere we list (`console.log(url)`, `list.push(url)`, `new Error(msg)`).
 */
const BUILTIN_CALLEES = new Set([
  'log', 'warn', 'error', 'info', 'debug', 'push', 'unshift', 'map', 'forEach', 'filter', 'reduce', 'find',
  'some', 'every', 'join', 'concat', 'slice', 'splice', 'indexOf', 'includes', 'startsWith', 'endsWith', 'replace',
  'split', 'trim', 'toFixed', 'toString', 'test', 'exec', 'match', 'parseInt', 'parseFloat', 'Number', 'String',
  'Boolean', 'ceil', 'floor', 'round', 'max', 'min', 'abs', 'stringify', 'parse', 'resolve', 'reject', 'then',
  'catch', 'finally', 'setTimeout', 'setInterval', 'clearTimeout', 'keys', 'values', 'entries', 'has', 'require',
  'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'Error', 'TypeError', 'Date', 'Promise',
  'setData', 'setStorageSync', 'getStorageSync', 'defineProperty', 'call', 'apply', 'bind',
]);

export function isBuiltinCallee(name: string): boolean {
  return BUILTIN_CALLEES.has(name);
}
