// The rejection explainer (审核不通过 → cause, fix, page, 申诉 text): per cause a title, why it
// happens, the fix, and a 申诉 / 反馈 text to adapt; the words around them in the window and the
// CLI; and the CLI's problems (shared/errors/rejection-errors.ts).
export const rejection = {
  'rejection.heading': '审核不通过：可能的原因',
  'rejection.intro': '根据微信给出的原文，最可能的原因排在前面。',
  'rejection.matched': '原文里指向这里的词：{phrases}',
  'rejection.why': '为什么：',
  'rejection.fix': '怎么改：',
  'rejection.open': '打开相关页面',
  'rejection.appeal': '申诉 / 反馈文字',
  'rejection.appealHow': '改完后重新提交审核；如果认为审核有误，在审核结果通知里点「反馈」或「申诉」，粘贴下面的文字，把【】里的内容换成实际情况。',
  'rejection.appealTranslation': '这段文字的意思',

  'rejection.category.title': '服务类目不符，或缺少类目资质',
  'rejection.category.why': '审核员看到的功能，不在小程序已登记的服务类目里；有些类目（医疗、教育、新闻、电商平台等）还要先上传资质证明。',
  'rejection.category.fix': '在「设置 → 服务类目」里添加原文要求的类目，需要资质的按提示上传；提交审核时，把每个功能页面选到对应的类目。如果不想加类目，请开发者把相关功能从代码里整体移除（包括入口和页面），再上传新版本。',
  'rejection.category.appeal': '您好，我们已按审核意见在「服务类目」中补充了【类目名称】类目（资质已上传），并在提交审核时将【页面路径】对应到该类目，现重新提交，请审核。谢谢！',

  'rejection.no-content.title': '没有具体内容，或页面无法正常使用',
  'rejection.no-content.why': '审核员打开后只看到空白、占位、「敬请期待」或报错的页面，或者某个功能点了没反应、闪退，就会认为小程序还没做完。',
  'rejection.no-content.fix': '先在手机上用一个新的微信号打开体验版，从首页把每个入口点一遍。把真实内容（商品、文章、服务）上架；让开发者修好打不开、一直加载或闪退的页面，并去掉还没做完的入口，再上传新版本提交审核。',
  'rejection.no-content.appeal': '您好，我们已上架完整的运营内容（【内容说明】），并修复了【页面或功能】无法正常使用的问题，首页及各功能入口均可正常体验。如审核时仍有问题，请告知具体页面和测试环境，谢谢！',

  'rejection.login-account.title': '需要登录，但没有给审核员测试账号',
  'rejection.login-account.why': '审核员没有你们的账号，进不去就无法体验；一打开就要求登录、还没看到任何内容，也会被拒。',
  'rejection.login-account.fix': '提交审核时，在版本描述（或测试账号一栏）写上可用的测试账号和密码，以及登录后怎么体验主要功能。请开发者让用户不登录也能先看到主要内容，只在需要时（下单、提交）再要求登录。',
  'rejection.login-account.appeal': '您好，小程序部分功能需要登录后使用。测试账号：【账号】，密码：【密码】。登录后可在【页面】体验【主要功能】。未登录时也可以浏览【内容】。请审核，谢谢！',

  'rejection.privacy-guide.title': '用户隐私保护指引没填，或和实际不符',
  'rejection.privacy-guide.why': '小程序用到了手机号、位置、相册、摄像头等需要说明的信息或接口，但「用户隐私保护指引」里没有声明，或者写的用途不清楚、和代码实际收集的不一致。',
  'rejection.privacy-guide.fix': '打开「用户隐私保护指引」，把小程序实际收集的每一类信息都加上（本应用「上传前检查」的隐私一项列出了代码里用到的接口），每一项写清楚用途，保存后重新提交审核。如果某项信息其实不需要，请开发者把相关接口从代码里去掉。',
  'rejection.privacy-guide.appeal': '您好，我们已在「用户隐私保护指引」中补充声明【信息类型】，并写明用途：【用途说明】，与小程序实际收集的信息一致。现重新提交，请审核，谢谢！',

  'rejection.ugc.title': '用户可以发布内容，但没有社交类目或报备',
  'rejection.ugc.why': '评论、留言、发帖、晒单、上传图片等让用户自己发布内容的功能，属于「用户产生内容」，要先有社交类目（如社交-社区/论坛、社交-笔记），首次提审还要经过报备审核（约 7 天）。',
  'rejection.ugc.fix': '二选一：在「设置 → 服务类目」添加原文要求的社交类目，按提示上传材料，提审后等报备审核；或者请开发者把评论、发帖等功能从代码里整体移除，再上传新版本。保留这些功能时，还要对用户发布的文字和图片做内容安全检测。',
  'rejection.ugc.appeal': '您好，我们已补充【社交类目名称】类目，用户发布的内容均经过内容安全接口检测和人工审核后才展示。现重新提交，请审核，谢谢！',

  'rejection.induced-share.title': '诱导分享',
  'rejection.induced-share.why': '微信不允许用奖励（红包、积分、抽奖机会、解锁功能）或强迫的方式让用户分享，例如「分享后才能查看」「分享到 3 个群领红包」「分享到朋友圈」的按钮或文案。',
  'rejection.induced-share.fix': '请开发者去掉分享后才能继续、分享有奖励的逻辑和文案；分享只能是用户自愿的，按钮上不要写奖励。生成图片时把「分享到朋友圈」改成「保存图片」。改完上传新版本再提交审核。',
  'rejection.induced-share.appeal': '您好，我们已移除【活动或页面】中分享后获得奖励 / 解锁功能的逻辑和相关文案，分享仅由用户自愿发起，不再有任何利诱或强制。现重新提交，请审核，谢谢！',

  'rejection.induced-follow.title': '诱导关注公众号',
  'rejection.induced-follow.why': '微信不允许用奖励或强迫的方式让用户关注公众号，例如「关注后才能查看全文」「关注领取优惠券」。',
  'rejection.induced-follow.fix': '请开发者去掉关注后才能继续、关注有奖励的逻辑和文案；可以保留一个普通的公众号入口，由用户自愿关注。改完上传新版本再提交审核。',
  'rejection.induced-follow.appeal': '您好，我们已移除【页面】中关注公众号后才能查看 / 获得奖励的逻辑和相关文案，现在不关注也可以正常使用全部功能。现重新提交，请审核，谢谢！',

  'rejection.personal-subject.title': '个人主体不能提供这项服务',
  'rejection.personal-subject.why': '个人注册的小程序只能用一部分服务类目，商品售卖、支付、商业推广、用户发帖等服务不对个人开放。',
  'rejection.personal-subject.fix': '二选一：去掉这项服务（请开发者从代码里移除），只保留个人可以做的内容；或者用企业 / 个体工商户主体另注册小程序（个人主体不能直接改成企业主体）。',
  'rejection.personal-subject.appeal': '您好，我们已移除【服务或功能】，小程序现仅提供【保留的服务】，符合个人主体开放的服务类目。现重新提交，请审核，谢谢！',

  'rejection.filing.title': '小程序还没有备案',
  'rejection.filing.why': '小程序要先完成备案（ICP 备案，在公众平台提交，管局审核），没有备案的小程序不能上架。',
  'rejection.filing.fix': '打开「设置 → 基本设置」，找到「小程序备案」，按提示填写主体和负责人信息并提交；等平台和管局审核通过（一般一到几周），再提交审核。',
  'rejection.filing.appeal': '您好，小程序已完成备案，备案号：【备案号】。现重新提交，请审核，谢谢！',

  'rejection.ios-virtual-payment.title': 'iOS 上出现了虚拟商品的购买或支付',
  'rejection.ios-virtual-payment.why': '在 iPhone / iPad 上，小程序不能出现虚拟商品（会员、课程、充值、付费内容等）的价格、购买按钮或支付，也不能引导到别处去买；实物商品不受影响。',
  'rejection.ios-virtual-payment.fix': '请开发者在 iOS 上隐藏虚拟商品的价格、购买和支付入口（可以提示「由于相关规范，iOS 功能暂不可用」），只在安卓上保留；或者按官方文档接入 iOS 虚拟支付。改完上传新版本再提交审核。',
  'rejection.ios-virtual-payment.appeal': '您好，我们已在 iOS 端隐藏【会员 / 课程等】虚拟商品的价格、购买按钮和支付功能，也没有引导到其他渠道购买。现重新提交，请审核，谢谢！',

  'rejection.content-security.title': '内容安全：有违规内容，或没有做内容审核',
  'rejection.content-security.why': '小程序里有违规内容（色情低俗、涉政、赌博等），或者用户能发布文字、图片却没有内容安全检测。',
  'rejection.content-security.fix': '先删掉原文指出的违规内容。请开发者在用户发布文字和图片时调用微信的内容安全接口（msgSecCheck、mediaCheckAsync），不通过的不展示，并安排人工巡查。',
  'rejection.content-security.appeal': '您好，我们已删除【违规内容所在页面】的相关内容，用户发布的文字和图片均接入了微信内容安全接口检测，并有人工审核。现重新提交，请审核，谢谢！',

  'rejection.unknown.title': '没有认出这段文字说的是哪种原因',
  'rejection.unknown.why': '这段文字不属于常见的几种拒绝原因（或者只贴了一部分）。原文保留在下面，请对照微信的「常见拒绝情形」逐句看。',
  'rejection.unknown.fix': '把审核结果通知里的原因原文完整复制过来再试一次；看不懂的地方发给开发者。按原文改完后上传新版本，在版本描述里写明改了什么，再提交审核。',
  'rejection.unknown.appeal': '您好，关于审核意见「【审核意见原文】」，我们已做如下修改：【修改内容】。如仍有不符合之处，请告知具体页面，谢谢！',

  'rejection.cli.heading': '可能的原因（最可能的在前）：',
  'rejection.cli.unknown': '没有认出这段文字说的是哪种原因，下面是一般的建议：',
  'rejection.cli.link': '打开：',
  'rejection.cli.matched': '原文依据：',
  'rejection.cli.appeal': '申诉 / 反馈文字（把【】里的内容换成实际情况）：',
  'rejection.cli.appealZh': '微信的申诉表单用中文，粘贴这段：',
  'cli.help.explain-rejection': `mp-release explain-rejection [文件] [--json]
  读入微信「审核不通过」的原文，说出可能的原因、怎么改、要打开的页面，以及可以改后粘贴的申诉 / 反馈文字。
  [文件]   存着原文的文本文件（UTF-8）；不写或写 - 时从标准输入读，例如 pbpaste | mp-release explain-rejection
  --json   '{ text, known, causes: [{ id, title, why, fix, link, appeal }] }'
  认出原因和没认出（known: false，给出一般建议）都退出 0；没有输入、输入为空或文件读不了退出 2。
`,

  'err.cli.rejection-no-input': '没有给出审核不通过的原文。',
  'err.cli.rejection-no-input.next': '写上存着原文的文件，例如 mp-release explain-rejection reason.txt，或者用管道传入：pbpaste | mp-release explain-rejection。',
  'err.cli.rejection-empty': '读到的审核不通过原文是空的。',
  'err.cli.rejection-empty.next': '把审核结果通知里的原因原文完整复制到文件里（或传入标准输入）再试。',
  'err.cli.rejection-unreadable': '读不了文件 {file}。',
  'err.cli.rejection-unreadable.next': '检查路径是否正确、是不是文件（不是文件夹）、当前用户能否读取。',
};
