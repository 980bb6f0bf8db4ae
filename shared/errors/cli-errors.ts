import type { Catalogue } from './catalogue';

// Problems only the command line can have: how the key, the options and the arguments were given.
// The words are in the dictionaries (shared/i18n): err.<code> and err.<code>.next.
export const CLI_ERRORS = {
  'cli.key-missing': { link: { kind: 'mp', page: 'devSettings' } },
  'cli.key-text-as-path': {},
  'cli.not-built': {},
  'cli.qr-write-failed': {},
} satisfies Catalogue;

/** A command line that cannot be run as written: exit code 2, and the way to the command's help. */
export const CLI_USAGE_ERRORS = {
  'cli.unknown-command': {},
  'cli.unknown-option': {},
  'cli.bad-option-value': {},
  'cli.bad-arguments': {},
  'cli.missing-dir': {},
  'cli.extra-args': {},
  'cli.bad-timeout': {},
  'cli.bad-robot': {},
  'cli.missing-qr': {},
  'cli.bad-qr-file': {},
  'cli.bad-ip-service': {},
  'cli.bad-proxy': {},
  'cli.bad-lang': {},
} satisfies Catalogue;
