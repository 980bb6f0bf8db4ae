import type { LinkTarget } from '../deep-links';

// What points to each cause of a 审核不通过, as data: the phrases and patterns WeChat's reviewers
// write (read from rejection texts quoted in the developer community and the rules pages), each
// with a weight. The patterns run on the normalised text (see normalise-rejection.ts): half-width
// punctuation and digits, lower case, no whitespace, 帐号 written 账号.
//
// Weights: 5 names the cause outright ("诱导分享", "虚拟支付"); 3-4 is a phrase that belongs to one
// cause; 1-2 is a hint that only counts beside another (a test phone's "iOS 16" in the
// "(测试环境 …)" note must not make a text about iOS payments). A cause is listed at MIN_SCORE.

export const REJECTION_CAUSES = [
  'category',
  'no-content',
  'login-account',
  'privacy-guide',
  'ugc',
  'induced-share',
  'induced-follow',
  'personal-subject',
  'filing',
  'ios-virtual-payment',
  'content-security',
] as const;

export type RejectionCause = (typeof REJECTION_CAUSES)[number];

export interface RejectionSignal {
  pattern: RegExp;
  weight: number;
}

export interface RejectionRule {
  cause: RejectionCause;
  signals: readonly RejectionSignal[];
  /** Where the fix is made: an admin page, or the rules page that says what is allowed. */
  link: LinkTarget;
  /**
   * Causes this one brings along: user posts are rejected by asking for the 社交 category, and a
   * personal subject by calling the category closed to it. The cause that explains comes first.
   */
  explains?: readonly RejectionCause[];
}

/** The least total weight that lists a cause. */
export const MIN_SCORE = 3;
/**
 * From this total a cause is named, not guessed: causes named in one text (a numbered list) keep
 * WeChat's order; weaker ones follow, strongest first.
 */
export const NAMED_SCORE = 5;

/** Rule pages on developers.weixin.qq.com (an allowed external host) that the causes point to. */
export const RULE_DOCS = {
  /** 微信小程序平台运营规范: 5.1 滥用分享, the iOS virtual goods rule, 用户产生内容规范. */
  operatingRules: 'https://developers.weixin.qq.com/miniprogram/product/',
  /** 微信小程序平台常见拒绝情形. */
  commonRejections: 'https://developers.weixin.qq.com/miniprogram/product/reject.html',
  /** 服务类目 and which of them a personal subject may use. */
  categories: 'https://developers.weixin.qq.com/miniprogram/product/material/',
  /** The text check (内容安全 2.0) a UGC Mini Program is expected to call. */
  msgSecCheck: 'https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html',
} as const satisfies Record<string, string>;

const s = (pattern: RegExp, weight: number): RejectionSignal => ({ pattern, weight });

/** A rule-section number only counts after the name of the rules it belongs to (not in "微信8.0.34"). */
const section = (numbers: string) => new RegExp(`(运营规范|拒绝情形|审核规则|审核规范)[^0-9]{0,16}(${numbers})(?![0-9])`);

export const REJECTION_RULES: readonly RejectionRule[] = [
  {
    cause: 'category',
    link: { kind: 'mp', page: 'category' },
    signals: [
      s(/类目.{0,40}(不一致|不符)/, 3),
      s(/(补充|登记|添加|申请|选择|选用)[^。;]{0,24}类目/, 3),
      s(/(尚)?未开放的?(服务)?类目/, 3),
      s(/资质/, 2),
      s(/服务类目/, 1),
      s(section('5\\.7|2\\.1'), 2),
    ],
  },
  {
    cause: 'no-content',
    link: { kind: 'url', url: RULE_DOCS.commonRejections },
    signals: [
      s(/无具体(运营)?(服务)?内容/, 5),
      s(/(无法|不能)正常(使用|体验|打开|加载|访问)/, 4),
      s(/功能(不完整|不完善|未完善|尚未开发|未开发|正在开发)/, 4),
      s(/可用性(和|与|及)?完整性/, 4),
      s(/只有.{0,16}(基本功能模块|title|标题|框架)/, 3),
      s(/(空白|白屏|闪退|卡死|一直处于加载|无法加载|加载失败)/, 2),
      s(/(demo|敬请期待|占位|即将上线|测试(内容|数据|文字))/, 2),
      s(/(上架|补充)(完整)?(的)?内容/, 2),
      s(/无法体验/, 2),
    ],
  },
  {
    cause: 'login-account',
    link: { kind: 'mp', page: 'submitAudit' },
    signals: [
      s(/测试(账号|账户|微信号)/, 4),
      s(/(需要|要求|必须)(先)?(登录|登陆|注册)/, 3),
      s(/账号登录功能/, 3),
      s(/要求用户(进行)?(账号)?登录/, 3),
      s(/强制(用户)?(登录|注册)/, 3),
      s(/登录(后|才能)/, 2),
      s(/(无法|不能)(登录|登陆)/, 2),
      s(/账号(和|及|、)?密码/, 2),
    ],
  },
  {
    cause: 'privacy-guide',
    link: { kind: 'mp', page: 'privacy' },
    signals: [
      s(/隐私(保护)?指引/, 5),
      s(/隐私(政策|协议)/, 3),
      s(/授权(描述|目的|说明)/, 3),
      s(/信息收集|收集(用户)?(的)?(个人)?(信息|数据)/, 2),
      s(/(未|没有)(声明|告知|说明)/, 2),
      s(/用户隐私/, 2),
    ],
  },
  {
    cause: 'ugc',
    link: { kind: 'mp', page: 'category' },
    explains: ['category'],
    signals: [
      s(/ugc/, 6),
      s(/用户(自行)?(生成|发布|产生|上传)(的)?内容/, 6),
      s(/社交-?(笔记|社区|论坛)|社区\/?论坛|社交类目/, 3),
      s(/(评论|留言|发帖|帖子|话题|圈子|发表状态|贴吧|社群)/, 2),
      s(/报备/, 2),
    ],
  },
  {
    cause: 'induced-share',
    link: { kind: 'url', url: RULE_DOCS.operatingRules },
    signals: [
      s(/诱导(用户)?(分享|转发)/, 5),
      s(/(滥用|强制|利诱)(用户)?(分享|转发)/, 5),
      s(/分享(后|到群|给好友|到朋友圈)?.{0,10}(才能|才可|方可|可获得|获得|解锁|领取|奖励|抽奖|红包)/, 3),
      s(section('5\\.1'), 3),
      s(/朋友圈/, 1),
    ],
  },
  {
    cause: 'induced-follow',
    link: { kind: 'url', url: RULE_DOCS.operatingRules },
    signals: [
      s(/诱导(用户)?((分享|转发)(或|、|和|\/))?关注/, 5),
      s(/(强制|利诱)(用户)?((分享|转发)(或|、|和|\/))?关注/, 5),
      s(/关注(公众号)?(后|才能|方可).{0,10}(获得|解锁|领取|查看|使用|抽奖)/, 3),
      s(/关注公众号/, 2),
    ],
  },
  {
    cause: 'personal-subject',
    link: { kind: 'url', url: RULE_DOCS.categories },
    explains: ['category'],
    signals: [
      s(/个人(主体)?(尚)?未开放/, 5),
      s(/个人主体/, 4),
      s(/(企业|非个人)(主体|帐号|账号)/, 2),
      s(/个人(开发者|类型|账号|小程序)/, 2),
    ],
  },
  {
    cause: 'filing',
    link: { kind: 'mp', page: 'basicSettings' },
    signals: [
      s(/(小程序|未|尚未|完成|需要?先?|进行|办理|icp)备案/, 5),
      s(/备案(号|信息|通过|后|成功)/, 2),
      s(/工信部|管局/, 1),
    ],
  },
  {
    cause: 'ios-virtual-payment',
    link: { kind: 'url', url: RULE_DOCS.operatingRules },
    signals: [
      s(/虚拟支付/, 5),
      s(/ios.{0,20}(支付|购买|付费|充值)/, 4),
      s(/虚拟(商品|物品|道具|服务|货币)/, 3),
      s(/ios|苹果|iphone|ipad/, 1),
      s(/(会员|充值|付费课程|付费内容)/, 1),
    ],
  },
  {
    cause: 'content-security',
    link: { kind: 'url', url: RULE_DOCS.msgSecCheck },
    signals: [
      s(/内容安全/, 5),
      s(/(msg|img|media)seccheck|mediacheckasync|安全(检测|校验)接口/, 5),
      s(/违法违规|违规内容|违法有害|不良信息/, 3),
      s(/色情|低俗|暴力|赌博|涉政|政治敏感|敏感(词|信息|内容)/, 3),
      s(/安全(审核|审查|过滤)|审核机制/, 2),
      s(/过滤|拦截/, 1),
    ],
  },
];

/** For a text no rule explains: the list of common rejections, to read beside WeChat's words. */
export const GENERAL_LINK: LinkTarget = { kind: 'url', url: RULE_DOCS.commonRejections };
