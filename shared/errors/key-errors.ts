import type { Catalogue } from './catalogue';

// Problems with the code-upload key (代码上传密钥, private.<appid>.key).
// The words are in the dictionaries (shared/i18n): err.<code> and err.<code>.next.
export const KEY_ERRORS = {
  'key.file-missing': {},
  'key.file-unreadable': {},
  'key.empty': { link: { kind: 'mp', page: 'devSettings' } },
  'key.too-large': { link: { kind: 'mp', page: 'devSettings' } },
  'key.binary': { link: { kind: 'mp', page: 'devSettings' } },
  'key.appsecret': { link: { kind: 'mp', page: 'devSettings' } },
  'key.public-key': { link: { kind: 'mp', page: 'devSettings' } },
  'key.certificate': { link: { kind: 'mp', page: 'devSettings' } },
  'key.encrypted': { link: { kind: 'mp', page: 'devSettings' } },
  'key.truncated': { link: { kind: 'mp', page: 'devSettings' } },
  'key.not-pem': { link: { kind: 'mp', page: 'devSettings' } },
  'key.not-rsa': { link: { kind: 'mp', page: 'devSettings' } },
  'key.too-small': { link: { kind: 'mp', page: 'devSettings' } },
  'key.appid-mismatch': {},
  'key.appid-unknown': {},
  'key.insecure-storage': {},
  'key.missing': { link: { kind: 'mp', page: 'devSettings' } },
  'key.unreadable': {},
  'key.store-failed': {},
} satisfies Catalogue;
