import type { Catalogue } from './catalogue';

// Failures of the app itself rather than of the project or WeChat.
// The words are in the dictionaries (shared/i18n): err.<code> and err.<code>.next.
export const APP_ERRORS = {
  /** A failure nobody has classified yet; its raw text goes to the folded detail. */
  'app.unknown': {},
  'app.call-failed': {},
  'app.drop-no-folder': {},
  'app.drop-no-file': {},
  'app.settings-recovered': {},
} satisfies Catalogue;
