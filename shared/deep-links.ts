// Links into the mp.weixin.qq.com admin site. Paths come from WECHAT-FACTS.md.
// The site wants `token` (the logged-in session's number) on every page; without a
// session it must go through the login page, which forwards to `url` afterwards.

export const MP_ORIGIN = 'https://mp.weixin.qq.com';

export const MP_PAGES = {
  home: '/wxamp/index/index',
  devSettings: '/wxamp/devprofile/get_profile',
  versions: '/wxamp/wacodepage/getcodepage',
  submitAudit: '/wxamp/wadevelopcode/get_class',
  members: '/wxamp/user/manage?action=index&use_role=1',
  basicSettings: '/wxamp/basicprofile/index',
  privacy: '/wxamp/wadevelopcode/privacy?ver=1&id=0&wait=0',
  category: '/wxamp/category/get',
  apiSettings: '/wxamp/categoryapi/index',
  thirdParty: '/wxamp/basicprofile/thirdauth',
} as const;

export type MpPage = keyof typeof MP_PAGES;

/** Where a message sends the operator: a page of the admin site or a public document. */
export type LinkTarget = { kind: 'mp'; page: MpPage } | { kind: 'url'; url: string };

export const DOCS = {
  ci: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html',
  projectConfig: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html',
  appJson: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html',
  subpackages: 'https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html',
  npm: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/npm.html',
  plugins: 'https://developers.weixin.qq.com/miniprogram/dev/framework/plugin/using.html',
  /** 第三方平台 templates: ext.json, extAppid and wx.getExtConfig. */
  ext: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/ext.html',
} as const;

/** The URL of an admin page, with the session token when known and the login page otherwise. */
export function mpPageUrl(page: MpPage, token?: string | null): string {
  const path = MP_PAGES[page];
  const withLang = `${path}${path.includes('?') ? '&' : '?'}lang=zh_CN`;
  if (token && /^\d+$/.test(token)) return `${MP_ORIGIN}${withLang}&token=${token}`;
  return `${MP_ORIGIN}/cgi-bin/loginpage?url=${encodeURIComponent(withLang)}`;
}

export function linkUrl(link: LinkTarget, token?: string | null): string {
  return link.kind === 'mp' ? mpPageUrl(link.page, token) : link.url;
}

/**
 * The session token in an admin-site URL after QR login (`…?token=123456&lang=zh_CN`), or null.
 * Only mp.weixin.qq.com URLs count: a token elsewhere is not this session's.
 */
export function tokenFromUrl(url: string): string | null {
  const match = /^https:\/\/mp\.weixin\.qq\.com\/[^#]*[?&]token=(\d+)(?:[&#]|$)/.exec(url);
  return match?.[1] ?? null;
}

/** The platform's review rules, which the 提审 form asks the operator to have read. */
export const REVIEW_RULES_URL = 'https://developers.weixin.qq.com/miniprogram/product/reject.html';
