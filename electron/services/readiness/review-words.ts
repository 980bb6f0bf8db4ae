// The words reviewers' rejections turn on, as they appear in a project's own pages and paths. They
// are patterns matched against the project, not words the app shows (so they stay in Chinese and
// English whatever the operator's language; i18n-usage.test.ts lists this file as such).

/** A page path that names a login: `pages/login/login`, `pages/auth/index`, `user/signin`. */
export const LOGIN_PATH = /login|sign[-_]?in|auth|register|登录|登陆/i;

/** The text of a login button: 登录, 一键登录, 授权登录, 手机号快捷登录, Login, Sign in. */
export const LOGIN_TEXT = /登录|登陆|授权|注册|log ?in|sign ?(?:in|up)/i;

/** A tap handler that logs in: bindtap="onLogin", bindtap="getUserProfile", bindtap="handleAuth". */
export const LOGIN_HANDLER = /login|signin|getuserprofile|auth/i;

/**
 * Placeholder phrases: a page whose only text is one of these (with punctuation and the filler words
 * below) has no real content for the reviewer (无具体内容).
 */
export const PLACEHOLDER_PHRASES = /敬请期待|功能开发中|正在开发|开发中|正在建设|建设中|即将上线|即将开放|暂未开放|暂无内容|测试页面|coming soon|under construction|stay tuned|todo|lorem ipsum[a-z\s.,;:!?'-]*/gi;

/** Words that may stand around a placeholder phrase without making it content. */
export const PLACEHOLDER_FILLERS = /页面|本页|此页|该页|功能|模块|返回首页|返回|首页|这里|还在|正在|中|哦|啦|呢|吧|this|page|feature|is|the|back|home|go|to|here/gi;

/** What is left once phrases and fillers are gone: punctuation, symbols and spaces of any script. */
export const NOT_WORDS = /[\s\p{P}\p{S}]+/gu;
