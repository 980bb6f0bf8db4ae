// The link a 体验版 QR code carries. WeChat documents no such link for ordinary accounts (the documented
// 体验版 QR, /wxa/get_qrcode, needs a third-party platform's authorizer_access_token). This format is
// the one community tools and samples use and report working: a uni-app/Taro mini-ci plugin, gists and
// READMEs with 体验版 links, e.g. `…/sns/getexpappinfo?appid=wx…&path=pages%2Findex%2Findex.html#wechat-redirect`.
// Unverified here (no WeChat account, no phone): that it is exactly what 版本管理's own QR encodes, that
// the `.html` suffix and `#wechat-redirect` are required, and what a scanner who is not a 体验成员 sees.

export const TRIAL_LINK_BASE = 'https://open.weixin.qq.com/sns/getexpappinfo';

/** "/pages/index/index.html" and "pages/index/index" are the same page. */
export function normalPagePath(pagePath: string | undefined): string {
  return (pagePath ?? '').trim().replace(/^\/+/, '').replace(/\.html$/, '');
}

/** The 体验版 link: the home page without a path; a page (and query) as `<page>.html?<query>`, encoded once. */
export function trialLink(appid: string, pagePath?: string, searchQuery?: string): string {
  const page = normalPagePath(pagePath);
  const query = (searchQuery ?? '').trim().replace(/^\?/, '');
  const path = page ? `&path=${encodeURIComponent(`${page}.html${query ? `?${query}` : ''}`)}` : '';
  return `${TRIAL_LINK_BASE}?appid=${encodeURIComponent(appid)}${path}#wechat-redirect`;
}

/** The 体验版 QR code as the app shows it: the link, and a PNG of it as a data URL. */
export interface TrialQr {
  link: string;
  image: string;
}
