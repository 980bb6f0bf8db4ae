import type { Catalogue } from './catalogue';

// Problems with the server domains the code calls (服务器域名 / 业务域名 rules, WECHAT-FACTS.md).
export const DOMAIN_ERRORS = {} satisfies Catalogue;
