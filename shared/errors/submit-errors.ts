import type { Catalogue } from './catalogue';

// The 提交审核 step's preparation (first-release checklist, test account, copy texts).
// The words are in the dictionaries (shared/i18n/*/submit.ts): err.<code>, err.<code>.next.
//
// submit.account-store-failed: the keychain refused to encrypt the reviewer's test account;
// `detail` keeps the system's message (never the account).
export const SUBMIT_ERRORS = {
  'submit.account-store-failed': {},
} satisfies Catalogue;
