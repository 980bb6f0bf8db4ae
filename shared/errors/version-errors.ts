import type { Catalogue } from './catalogue';

// The version and notes step (issue 11): what the release rules refuse beyond the ci.version-* codes.
// The words are in the dictionaries (shared/i18n/*/version-step.ts): err.<code>, err.<code>.next.
//
// version.too-long params: { length, max }.
export const VERSION_ERRORS = {
  'version.too-long': {},
} satisfies Catalogue;
