// WXML: skips <!-- comments -->, reads the attributes of each tag, and hands inline <wxs> modules
// to the script scanner. Only attributes load anything at run time; URLs in text content are words
// on the screen, not hosts the code reaches.

import { findUrls } from '../../../shared/domain-rules';
import { scanScript } from './script-scanner';
import { addUse, MEDIA_BIT, NAV_BIT, opensCssUrl, TYPE_BIT, type ScanSink } from './sites';
import { nameSlot } from './slots';

/** Tags whose src (and poster) the runtime loads itself: images and media, not server calls. */
const MEDIA_TAGS = new Set(['image', 'cover-image', 'video', 'audio']);
const MEDIA_ATTRIBUTES = new Set(['src', 'poster']);

/** Bits fixed by a tag and attribute, 0 when the attribute says nothing. */
export function attributeBits(tag: string, attribute: string): number {
  if (tag === 'web-view' && attribute === 'src') return TYPE_BIT.webview;
  if (tag === 'navigator' && attribute === 'url') return NAV_BIT;
  if (MEDIA_TAGS.has(tag) && MEDIA_ATTRIBUTES.has(attribute)) return MEDIA_BIT;
  return 0;
}

function isNameChar(c: number): boolean {
  return c > 32 && c !== 61 /* = */ && c !== 62 /* > */ && c !== 47 /* / */ && c !== 34 && c !== 39;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isTagNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 58;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** A name or a member chain (`item.cover`); the value is the chain's last name. */
const EXPRESSION_CHAIN = /[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*/g;
const EXPRESSION_STRING = /'[^']*'|"[^"]*"/g;
const NOT_NAMES = new Set(['true', 'false', 'null', 'undefined', 'typeof']);

/** Names used inside the {{ }} of a typed attribute: `<web-view src="{{h5Url}}">` uses h5Url as a web-view page. */
function recordExpressionNames(value: string, bits: number, sink: ScanSink): void {
  let open = value.indexOf('{{');
  while (open !== -1) {
    const close = value.indexOf('}}', open + 2);
    const expression = value.slice(open + 2, close === -1 ? value.length : close).replace(EXPRESSION_STRING, ' ');
    for (const match of expression.matchAll(EXPRESSION_CHAIN)) {
      const name = match[0].slice(match[0].lastIndexOf('.') + 1).trim();
      const slot = NOT_NAMES.has(name) ? null : nameSlot(name, sink.stem);
      if (slot) addUse(sink.shared, slot, bits);
    }
    if (close === -1) break;
    open = value.indexOf('{{', close + 2);
  }
}

function onAttribute(text: string, tag: string, name: string, start: number, end: number, sink: ScanSink): void {
  const bits = attributeBits(tag, name);
  const bound = text.includes('{{', start) && text.indexOf('{{', start) < end;
  if (bits && bound) {
    recordExpressionNames(text.slice(start, end), bits, sink);
    if (bits === TYPE_BIT.webview) sink.shared.dynamicWebView = true;
  }
  const urls = findUrls(text, start, end);
  if (urls.length === 0) return;
  let valueStart = start;
  while (valueStart < end && isSpace(text.charCodeAt(valueStart))) valueStart++;
  // data-img-url="…" reaches the code as dataset.imgUrl; style="background-image: url(…)" is typed by the url( around it.
  const bareName = name.startsWith('data-') ? name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) : name;
  for (const url of urls) {
    // The value itself, or a string inside {{ }}: src="{{ 'https://h5.shop.cn/?t=' + token }}".
    const before = text.charCodeAt(url.start - 1);
    sink.sites.push({
      url,
      offset: url.start,
      direct: bits,
      whole: url.start === valueStart || (bound && (before === 39 || before === 34)),
      names: [bareName],
      bindKind: 'key',
      scope: -1,
      call: null,
      foreign: false,
      cssUrl: opensCssUrl(text, url.start, start),
    });
  }
}

/** Scans a WXML file. When `comments` is given, the [start, end) offsets of every comment are appended to it. */
export function scanMarkup(text: string, sink: ScanSink, comments?: number[]): void {
  const to = text.length;
  let i = 0;
  let mustache = text.indexOf('{{');
  while (i < to) {
    const lt = text.indexOf('<', i);
    if (lt === -1) return;
    // `{{ a < b }}` in text content is an expression, not a tag.
    while (mustache !== -1 && mustache < i) mustache = text.indexOf('{{', i);
    if (mustache !== -1 && mustache < lt) {
      const close = text.indexOf('}}', mustache + 2);
      if (close > lt) {
        i = close + 2;
        continue;
      }
      mustache = text.indexOf('{{', lt);
    }
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      i = close === -1 ? to : close + 3;
      comments?.push(lt, i);
      continue;
    }
    let j = lt + 1;
    while (j < to && isTagNameChar(text.charCodeAt(j))) j++;
    const tag = text.slice(lt + 1, j).toLowerCase();
    if (tag === '' || !isLetter(tag.charCodeAt(0))) {
      // A closing tag, "<!DOCTYPE", or a "<" in text.
      i = lt + 1;
      continue;
    }
    const tagEnd = readAttributes(text, tag, j, sink);
    const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
    if (tag === 'wxs' && !selfClosing) {
      const close = text.indexOf('</wxs>', tagEnd);
      const end = close === -1 ? to : close;
      scanScript(text, sink, tagEnd + 1, end, comments);
      i = end;
      continue;
    }
    i = tagEnd + 1;
  }
}

/** Reads attributes from j until the tag's `>`; returns the offset of that `>` (or the text's end). */
function readAttributes(text: string, tag: string, j: number, sink: ScanSink): number {
  const to = text.length;
  while (j < to) {
    let c = text.charCodeAt(j);
    if (isSpace(c)) {
      j++;
      continue;
    }
    if (c === 62) return j;
    if (c === 47 && text.charCodeAt(j + 1) === 62) return j + 1;
    if (c === 60) return j - 1; // a new tag before this one closed: broken markup, stop here
    const nameStart = j;
    while (j < to && isNameChar(text.charCodeAt(j)) && text.charCodeAt(j) !== 60) j++;
    if (j === nameStart) {
      j++;
      continue;
    }
    const name = text.slice(nameStart, j).toLowerCase();
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 61) continue;
    j++;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    c = text.charCodeAt(j);
    if (c === 34 || c === 39) {
      const close = text.indexOf(String.fromCharCode(c), j + 1);
      const end = close === -1 ? to : close;
      onAttribute(text, tag, name, j + 1, end, sink);
      j = end + 1;
    } else {
      const start = j;
      while (j < to && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 62) j++;
      onAttribute(text, tag, name, start, j, sink);
    }
  }
  return to;
}
