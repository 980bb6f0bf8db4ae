import type { Catalogue } from './catalogue';

// Problems with the server domains the code calls (服务器域名 / 业务域名 rules, WECHAT-FACTS.md).
// Every rule problem carries params { host, url, type, list, origin, count }: `list` is the name of
// the list on the admin site (「request合法域名」…「业务域名」), `origin` the entry that list needs,
// `count` how many places in the code use that URL (file and line point at the first).
// The words are in the dictionaries (shared/i18n): err.<code> and err.<code>.next.
export const DOMAIN_ERRORS = {
  'domain.http-not-allowed': { link: { kind: 'mp', page: 'devSettings' } },
  'domain.ws-not-allowed': { link: { kind: 'mp', page: 'devSettings' } },
  'domain.ip-address': { link: { kind: 'mp', page: 'devSettings' } },
  'domain.localhost': { link: { kind: 'mp', page: 'devSettings' } },
  'domain.port': { link: { kind: 'mp', page: 'devSettings' } },
  'domain.api-weixin': { link: { kind: 'mp', page: 'devSettings' } },
  'domain.too-many': { link: { kind: 'mp', page: 'devSettings' } },
  'domain.scan-failed': {},
} satisfies Catalogue;
