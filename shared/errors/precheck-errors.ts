import { DOCS } from '../deep-links';
import type { Catalogue } from './catalogue';

// What the pre-upload check finds beyond the project check and the jobs' own failures.
// The words are in the dictionaries (shared/i18n/*/precheck.ts): err.<code> and err.<code>.next.
//
// precheck.size-*-over params: { size, limit } (formatted), `root` for a subpackage, `thirdParty`
// ('yes' | 'no') for the whole app; errors: WeChat refuses the upload (80051).
// precheck.private-info-undeclared: { apis, count, declaration } (`declaration` is the whole
// requiredPrivateInfos line to write), `file` the app.json (or ext.json) it goes in, `detail` every place.
// precheck.private-info-conflict: { apis }. precheck.privacy-guide: { count } categories, `detail`
// every place; the step lists them. precheck.domains-unticked: { list, count, total }.
// precheck.check-incomplete: { part: 'sizes' | 'quality' }, `detail` the job's own problem.
// quality.*: the code-quality scan's failed items ({ count } where the library lists things,
// { limit } for sizes); quality.other: { name, text } for an item this version does not know.

const QUALITY_DOC = 'https://developers.weixin.qq.com/community/develop/doc/00040e5a0846706e893dcc24256009';
const LAZY_LOADING_DOC = 'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/lazyload.html';
const quality = { link: { kind: 'url', url: QUALITY_DOC } } as const;

export const PRECHECK_ERRORS = {
  'precheck.size-main-over': { link: { kind: 'url', url: DOCS.subpackages } },
  'precheck.size-sub-over': { link: { kind: 'url', url: DOCS.subpackages } },
  'precheck.size-total-over': { link: { kind: 'url', url: DOCS.subpackages } },
  'precheck.private-info-undeclared': { link: { kind: 'url', url: DOCS.appJson } },
  'precheck.private-info-conflict': { link: { kind: 'url', url: DOCS.appJson } },
  'precheck.privacy-guide': { link: { kind: 'mp', page: 'privacy' } },
  'precheck.domains-unticked': { link: { kind: 'mp', page: 'devSettings' } },
  'precheck.check-incomplete': {},
  'quality.main-package-large': { link: { kind: 'url', url: DOCS.subpackages } },
  'quality.js-not-minified': quality,
  'quality.wxml-not-minified': quality,
  'quality.wxss-not-minified': quality,
  'quality.lazy-loading-off': { link: { kind: 'url', url: LAZY_LOADING_DOC } },
  'quality.large-media': quality,
  'quality.main-js-only-subpackages': quality,
  'quality.main-components-only-subpackages': quality,
  'quality.unused-plugins': quality,
  'quality.unused-components': quality,
  'quality.unused-files': quality,
  'quality.other': quality,
} satisfies Catalogue;
