import type { RejectionCause } from './rejection-rules';

// 审核不通过 texts as WeChat writes them, each with the causes an operator should be told, most
// likely first. Paraphrased from rejections developers quoted in the WeChat developer community
// (developers.weixin.qq.com/community, 2018-2024), the rules pages (运营规范, 常见拒绝情形) and
// write-ups of them; names and app ids changed. Full-width and half-width forms, numbered lists,
// the "(测试环境 …)" note and rule-section numbers appear as they do in the originals.
// Used by the tests of explainRejection and of `mp-release explain-rejection`.

export interface CorpusEntry {
  id: string;
  text: string;
  expected: RejectionCause[];
  /** Where the wording comes from. */
  source: string;
}

export const REJECTION_CORPUS: readonly CorpusEntry[] = [
  {
    id: 'category-register',
    text: '审核不通过，原因：\n1:服务类目"生活服务-综合生活服务平台_"与你提交代码审核时设置的功能页面内容不一致:(1):核心功能未在帐户设置中登记服务类目。(2):请登记为工具-办公或工具-查询类目',
    expected: ['category'],
    source: 'community thread: core feature not registered under a category',
  },
  {
    id: 'category-conference',
    text: '你的小程序"会议通"代码发布审核未通过，原因如下：1：服务类目"工具-视频客服_"与你提交代码审核时设置的功能页面内容不一致：(1)：你好，你的小程序涉及提供多方电话会议、视频会议等功能，请补充：IT科技-多方通信类目后再提交代码审核。请根据上述原因对小程序进行修改，并重新提交代码审核。若对上述原因无法理解，可前往反馈页面进行反馈。',
    expected: ['category'],
    source: 'community thread, 2019: video conferencing needs IT科技-多方通信',
  },
  {
    id: 'category-news',
    text: '1:服务类目"工具-信息查询_"与你提交代码审核时设置的功能页面内容不一致: (1):你好，你的小程序涉及时政新闻，请补充选择:时政信息-时政信息类目。 请根据上述原因对小程序进行修改，并重新提交代码审核。',
    expected: ['category'],
    source: 'community thread: news needs 时政信息',
  },
  {
    id: 'category-marketplace',
    text: '小程序"智游"代码发布审核结果：审核未通过，原因如下： 1:服务类目"旅游-旅游线路_"与你提交代码审核时设置的功能页面内容不一致: (1):你好，你的小程序涉及商家入驻/店铺街入口，请补充选择：电商平台类目，或者建议去掉该模块内容，改成商家自营模式。',
    expected: ['category'],
    source: 'community threads, 2020: merchant sign-up needs 电商平台',
  },
  {
    id: 'category-qualification',
    text: '你好，小程序帐号需要补充"医疗服务-互联网医院"类目并上传相应资质后再提交代码审核。',
    expected: ['category'],
    source: 'community threads on 互联网医院 and qualifications; the short form of the notice',
  },
  {
    id: 'category-rule-section',
    text: '审核失败原因：存在所选类目与运营内容不符行为，违反《微信小程序平台运营规范常见拒绝情形2.1》\n详情描述：你好，你的小程序涉及在线课程售卖，请补充选择：教育-在线教育类目。',
    expected: ['category'],
    source: 'community thread quoting 常见拒绝情形 2.1 (所选类目与运营内容不符)',
  },
  {
    id: 'category-live-fullwidth',
    text: '１：服务类目“教育－在线教育＿”与你提交代码审核时设置的功能页面内容不一致：（１）：你好，你的小程序涉及直播，请补充选择社交－直播类目，或自查代码，确保包括前端展示、小程序代码等整体均移除相关内容，再提交代码审核。',
    expected: ['category'],
    source: 'community thread, 2018: live streaming needs 社交-直播 (full-width as pasted from the notice)',
  },
  {
    id: 'ugc-forum-section',
    text: '审核失败原因：存在所选类目与运营内容不符行为，违反 《微信小程序平台运营规范常见拒绝情形2.1》\n详情描述：你好，你的小程序涉及提供UGC内容的发布与交流，如论坛、贴吧、社群等功能性服务，请补充选择：社交-社区/论坛类目。',
    expected: ['ugc', 'category'],
    source: 'community thread: article comments count as UGC and need 社交-社区/论坛',
  },
  {
    id: 'ugc-status',
    text: '你的小程序"xxxx"代码发布审核未通过，原因如下： 1：服务类目"商业服务-公关/推广/市场调查_"与你提交代码审核时设置的功能页面内容不一致： (1)：你好，经核实，该小程序【发表状态】涉及用户自行生成内容的发布/分享/交流（如话题/圈子/帖子发布）问题，需补充：社交-社区/论坛类目，或自查代码，确保包括前端展示、小程序代码等整体均移除：用户自行生成内容的发布/分享/交流内容，再提交代码审核。 如有疑问，请查看详情与反馈。',
    expected: ['ugc', 'category'],
    source: 'community thread, 2018: 【发表状态】 counts as user-generated content',
  },
  {
    id: 'ugc-notes-qualification',
    text: '1:服务类目"商家自营-食品_"与你提交代码审核时设置的功能页面内容不一致: (1):你好，你的小程序涉及提供用户自行生成内容（文字、图片、音/视频）的记录、分享，需补充：社交-笔记类目。所需资质为：《非经营性互联网信息服务备案核准》，请在【设置】-【服务类目】申请该类目，上传在工信部的域名备案截图即可。',
    expected: ['ugc', 'category'],
    source: 'community answer, 2020: 社交-笔记 and the domain filing screenshot it asks for',
  },
  {
    id: 'ugc-comments-filing-review',
    text: '你好，经核实，目前反馈的【评论留言】功能需要补充【社交/社区论坛】类目，请补充后再提审，后续审核将以实际版本内容为准。\n备注：【社交/社区论坛】报备类目首次提审，需进入报备审核，预计审核时长7*24h；届时可支持预上线，请合理安排小程序上线时间。',
    expected: ['ugc', 'category'],
    source: 'official reply in the community: comments need 社交-社区/论坛 and its 报备 review',
  },
  {
    id: 'no-content-title-only',
    text: '1:小程序内容不符合规则:<br>(1):你好，你的小程序打开后只有title和底部button，无具体运营内容，无法体验实际服务，请上架完整内容后再提交代码审核。(测试环境wifi/4G,Andriod 7.0,微信7.0.0,Honor V9)<br>',
    expected: ['no-content'],
    source: 'community thread, 2019 (with the <br> of the API text)',
  },
  {
    id: 'no-content-basic-modules',
    text: '你好，贵方小程序打开只有基本功能模块，无具体运营内容，请上架内容后再提交代码审核（测试环境wifi，Andriod 7.0，微信6.6.7，红米5 Plus）',
    expected: ['no-content'],
    source: 'community thread, 2018',
  },
  {
    id: 'no-content-crash',
    text: '你的小程序"自我疗愈"代码发布审核未通过，原因如下：\n1：小程序可用性和完整性不符合规则：\n(1)：打开小程序点击【会员】，出现闪退，无法体验相关功能，请优化后再提交审核（测试环境wifi/4G，Andriod 7.1.2，微信6.7.2，红米5 Plus）',
    expected: ['no-content'],
    source: 'community thread, 2018: a crash on one tab',
  },
  {
    id: 'no-content-plugin',
    text: '你的插件"蓝牙SDK"代码审核未通过，原因如下：插件进入无具体运营服务内容，无法体验，请修改后再提交审核（测试环境wifi/4G：Android honor x10 10 微信8.0.34）',
    expected: ['no-content'],
    source: 'community threads, 2021-2023: plugins rejected for no content',
  },
  {
    id: 'no-content-loading-ios',
    text: '1. 小程序首页一直处于加载状态，页面无法正常使用，请修复后再提交审核。（测试环境：iOS 16.1，微信8.0.30，iPhone 12）',
    expected: ['no-content'],
    source: '常见拒绝情形 (首页无法加载或一直处于加载状态); an iOS test phone in the note',
  },
  {
    id: 'no-content-placeholder',
    text: '你好，小程序部分功能尚未开发完成，多个入口显示“敬请期待”，功能不完整，请完善后再提交代码审核。',
    expected: ['no-content'],
    source: 'write-ups of 常见拒绝情形: "coming soon" pages and unfinished features',
  },
  {
    id: 'login-test-account',
    text: '你好，小程序需要登录后才能体验核心功能，请在提交审核时于版本描述中提供可用的测试账号及密码，以便审核人员体验。',
    expected: ['login-account'],
    source: 'official replies in the community: put the test account in the version description',
  },
  {
    id: 'login-too-early',
    text: '1:小程序功能不符合规则:(1):小程序帐号登录功能暂未符合规范要求，请在用户了解体验小程序功能后，再要求用户进行帐号登录。',
    expected: ['login-account'],
    source: 'community thread: a login wall before any content',
  },
  {
    id: 'login-internal',
    text: '你好，小程序仅限内部员工使用，审核人员无法登录，无法体验相关功能，请补充测试帐号和密码后重新提交。',
    expected: ['login-account'],
    source: 'community threads on internal tools rejected without a test account',
  },
  {
    id: 'privacy-complete-guide',
    text: '审核失败原因：小程序功能不符合规则：<br>(1)：你好，小程序内涉及收集相关接口或组件，请通过接口完善【用户隐私保护指引】后再重新提审。',
    expected: ['privacy-guide'],
    source: 'community threads, 2021-2023 (third-party platforms setting the guide by API)',
  },
  {
    id: 'privacy-authorisation-description',
    text: '你好，小程序用户信息授权描述不明确或空白，请清晰补充描述用户信息授权目的及信息收集场景，再提交代码审核。',
    expected: ['privacy-guide'],
    source: 'community thread: the purpose of each collected item left blank',
  },
  {
    id: 'privacy-mismatch',
    text: '审核不通过：小程序存在收集用户手机号、位置信息的行为，但【用户隐私保护指引】中未声明相应信息类型，指引内容与实际收集情况不符，请完善后再提交。',
    expected: ['privacy-guide'],
    source: 'community threads on a guide that lists fewer items than the code uses',
  },
  {
    id: 'share-moments-qr',
    text: '你的小程序代码发布审核未通过，原因如下：\n1：小程序内容不符合规则：\n(1)：测试结果生成二维码，涉及平台未允许的内容：诱导分享朋友圈\n如有疑问，请查看详情与反馈。',
    expected: ['induced-share'],
    source: 'community thread, 2018: a result card with a QR for Moments',
  },
  {
    id: 'share-unlock-section',
    text: '你好，你的小程序存在分享后才可解锁功能的行为，属于滥用分享行为，违反《微信小程序平台运营规范》5.1，请修改后再提交代码审核。',
    expected: ['induced-share'],
    source: '运营规范 5.1.1 (强制分享后才能继续下一步操作)',
  },
  {
    id: 'share-red-packet',
    text: '审核未通过：小程序存在"分享到3个群可领取红包"的行为，违反运营规范5.1.2，请整改后重新提交。',
    expected: ['induced-share'],
    source: '运营规范 5.1 (利诱用户分享: 分享后获得红包)',
  },
  {
    id: 'follow-read-more',
    text: '你好，小程序内存在"关注公众号后才能查看完整内容"的行为，涉及诱导关注，请移除后再提交代码审核。',
    expected: ['induced-follow'],
    source: '运营规范 (强制用户关注: 关注后方可查阅)',
  },
  {
    id: 'share-and-follow-lottery',
    text: '1：小程序内容不符合规则：(1)：小程序抽奖活动存在诱导分享、诱导关注公众号的行为，用户分享给好友后可获得抽奖机会，请修改后再提交。',
    expected: ['induced-share', 'induced-follow'],
    source: '运营规范 (利诱用户分享或关注: 分享或关注后获得抽奖机会)',
  },
  {
    id: 'personal-promotion',
    text: '审核结果：\n1:小程序内容不符合规则:\n(1):小程序提供内容涉及商业服务推广，属个人未开放类目，建议选择企业主体小程序。你好，个人主体小程序暂不支持使用文娱-视频插件，请修改后再提交审核。',
    expected: ['personal-subject', 'category'],
    source: 'community thread: promotion and a video plugin on a personal account',
  },
  {
    id: 'personal-payment',
    text: '你好，你的小程序为个人主体，涉及商品售卖及在线支付服务，个人主体小程序暂不支持该服务，请使用企业主体帐号开发后再提交。',
    expected: ['personal-subject'],
    source: 'community write-ups on what personal subjects may not do',
  },
  {
    id: 'filing-not-done',
    text: '你好，你的小程序尚未完成小程序备案，暂不支持发布上线，请先在“设置-基本设置-小程序备案”完成备案后再提交审核。',
    expected: ['filing'],
    source: 'the 小程序备案 requirement (since 2023) as operators report it',
  },
  {
    id: 'filing-icp',
    text: '审核未通过：根据相关法规要求，小程序需完成ICP备案后方可上架，当前帐号未备案，请备案通过后重新提交。',
    expected: ['filing'],
    source: 'the 小程序备案 requirement as operators report it',
  },
  {
    id: 'ios-membership',
    text: '1:小程序内容不符合规则:(1):你好，小程序在iOS端提供虚拟商品（会员、付费课程）的购买功能，涉及iOS虚拟支付，平台暂不支持，请修改后再提交代码审核。',
    expected: ['ios-virtual-payment'],
    source: 'community threads, 2018-2019 (已去除ios端虚拟支付，但审核还是未通过)',
  },
  {
    id: 'ios-rule-text',
    text: '你好，开发者在iOS系统上提供的虚拟商品，不能展现任何有购买、支付的功能、页面、按钮，即使实际上它们都不可使用；也不得引导至外部网站或App来实现支付功能。请整改后再提交。',
    expected: ['ios-virtual-payment'],
    source: 'the 运营规范 rule on iOS virtual goods, as quoted in a rejection',
  },
  {
    id: 'security-no-check',
    text: '你好，小程序提供评论功能，但未接入内容安全检测接口，存在传播违法违规内容的风险，请接入msgSecCheck、imgSecCheck等内容安全API后再提交审核。',
    expected: ['content-security'],
    source: 'official replies on UGC and the 内容安全 API',
  },
  {
    id: 'security-found',
    text: '1：小程序内容不符合规则：(1)：小程序内存在色情低俗、涉政等违规内容，请清理相关内容并建立内容安全审核机制后再提交。',
    expected: ['content-security'],
    source: '用户产生内容规范 in the 运营规范; community threads on UGC rejected for what users posted',
  },
  {
    id: 'numbered-three-causes',
    text: '审核未通过，原因如下：1. 服务类目"工具-信息查询"与你提交代码审核时设置的功能页面内容不一致，你的小程序涉及在线教育，请补充选择教育-在线教育类目。  2. 小程序内涉及收集相关接口或组件，请完善【用户隐私保护指引】后再重新提审。  3. 小程序需要登录才能使用，请在版本描述中提供测试账号。',
    expected: ['category', 'privacy-guide', 'login-account'],
    source: 'a numbered notice naming three causes',
  },
  {
    id: 'ugc-with-security',
    text: '1:服务类目"生活服务-百货/超市/便利店_"与你提交代码审核时设置的功能页面内容不一致:(1):你好，小程序涉及用户发布内容（晒单、评论），需补充社交-笔记类目，并对用户发布的文字、图片做好内容安全审核。',
    expected: ['ugc', 'category', 'content-security'],
    source: 'official reply on 报备 categories: UGC needs the category and the 内容安全 checks',
  },
];
