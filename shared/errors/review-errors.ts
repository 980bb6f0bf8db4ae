import type { Catalogue } from './catalogue';

// 提交审核 and 发布 records (issue 12): what the review records refuse. The words are in the
// dictionaries (shared/i18n/*/review.ts): err.<code>, err.<code>.next.
//
// review.bad-date params: { at }. review.date-future: { at, today }. review.date-before-last: { at, last }.
// review.transition-refused: { from, to, version } (states, chosen among with ICU select).
// review.other-in-review: { version, since }. review.phase-running: { version, day, autoFullOn }.
export const REVIEW_ERRORS = {
  'review.bad-date': {},
  'review.date-future': {},
  'review.date-before-last': {},
  'review.mode-missing': {},
  'review.transition-refused': { link: { kind: 'mp', page: 'versions' } },
  'review.other-in-review': { link: { kind: 'mp', page: 'versions' } },
  'review.phase-running': { link: { kind: 'mp', page: 'versions' } },
  'review.first-release-full': { link: { kind: 'mp', page: 'versions' } },
} satisfies Catalogue;
