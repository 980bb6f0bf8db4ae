import type { Catalogue } from './catalogue';

// `mp-release explain-rejection`: the text could not be had. Usage errors (exit code 2), reported
// by the command itself; the words are err.<code> and err.<code>.next in shared/i18n/*/rejection.ts.
export const REJECTION_ERRORS = {
  'cli.rejection-no-input': {},
  'cli.rejection-empty': {},
  'cli.rejection-unreadable': {},
} satisfies Catalogue;
