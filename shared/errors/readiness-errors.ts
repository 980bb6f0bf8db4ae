import type { Catalogue } from './catalogue';

// What 提审前体检 (the readiness report before 提交审核) finds. The words are in the dictionaries
// (shared/i18n/*/readiness.ts): err.<code> and err.<code>.next.
//
// readiness.privacy-undeclared: { count, categories } (category ids, comma-separated; the window puts
// them in its language), `detail` every place in the code. readiness.filing: { answered: 'no' |
// 'unanswered' }; 备案 has no page of its own to link to: the home page, whose 「去备案」 button the words
// point at. readiness.login-wall: { reason } (shared/readiness.ts LoginWallReason), `file`/`line`
// where, `detail` what the code does. readiness.page-placeholder: { page, reason: 'empty' |
// 'placeholder', text }, `file` its WXML. readiness.ugc-unanswered and readiness.ugc: no params.

export const READINESS_ERRORS = {
  'readiness.privacy-undeclared': { link: { kind: 'mp', page: 'privacy' } },
  'readiness.filing': { link: { kind: 'mp', page: 'home' } },
  'readiness.login-wall': { link: { kind: 'mp', page: 'submitAudit' } },
  'readiness.page-placeholder': {},
  'readiness.ugc-unanswered': {},
  'readiness.ugc': { link: { kind: 'mp', page: 'category' } },
} satisfies Catalogue;
