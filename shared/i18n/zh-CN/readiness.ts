// 提审前体检 (the readiness report before 提交审核): the report's words and the words of its problem
// codes (shared/errors/readiness-errors.ts).
export const readiness = {
  'readiness.heading': '提审前体检',
  'readiness.intro':
    '提交审核之前，先把最常被驳回的地方查一遍：隐私指引、登录、没有内容的页面、用户发布内容和备案。只读项目文件夹和你的回答，不联网。',
  'readiness.running': '正在检查…',
  'readiness.blocked': '{count} 个问题必须先解决，再提交审核。',
  'readiness.passed': '没有必须先解决的问题。',
  'readiness.warningsCount': '另有 {count} 条提醒，不挡提审，但请看一看。',
  'readiness.took': '查了 {files} 个文件，用时 {seconds} 秒。',
  'readiness.rerun': '重新检查',
  'readiness.questions': '两个问题（每个 AppID 只需回答一次）',
  'readiness.ugc.question': '用户能不能发布别人也能看到的内容？比如评论、帖子、上传图片',
  'readiness.filed.question': '这个小程序的备案已经完成了吗？',
  'readiness.filed.where': '备案状态在小程序管理后台首页的「小程序备案」一栏。',
  'readiness.answer.yes': '是',
  'readiness.answer.no': '否',
  'readiness.privacy.title': '代码用到的用户信息',
  'readiness.privacy.hint': '对照小程序管理后台的「用户隐私保护指引」，已经声明的打勾。没打勾的会挡住提审。',
  'readiness.privacy.declared': '已在指引里声明',
  'readiness.privacy.none': '代码没有用到需要在指引里声明的用户信息。',
  'readiness.privacy.open': '打开用户隐私保护指引',
  'err.readiness.privacy-undeclared': '代码用到的 {count} 类用户信息，你还没有确认已在「用户隐私保护指引」里声明：{categories}。指引和代码对不上，提审会被驳回。',
  'err.readiness.privacy-undeclared.next':
    '打开「用户隐私保护指引」，补上这些信息并写明用途，提交后等它审核通过，再回来在下面的清单里打勾。指引还在审核中时，提交审核会没有反应。',
  'err.readiness.filing':
    '{answered, select, no {这个小程序还没有备案。} other {还不知道这个小程序有没有备案。}}2023 年 9 月 1 日起，没有完成备案的小程序不能上架。',
  'err.readiness.filing.next':
    '打开小程序管理后台首页，在「小程序备案」一栏用「去备案」按钮，按提示填写。平台初审约 1–2 个工作日，之后管局审核 1–20 个工作日。备案通过后，在下面的问题里选「是」。',
  'err.readiness.login-wall':
    '{reason, select, redirect {小程序一打开就跳到登录页面} userInfo {首页一打开就要获取微信头像和昵称} phoneButton {首页在任何内容之前先放了获取手机号的按钮} other {首页基本只有一个登录按钮}}：审核人员没有账号就看不到内容，会因为「需要登录」被驳回。',
  'err.readiness.login-wall.next': '提交审核时，在表单的「测试账号」一栏填上能登录的测试账号和密码，让审核人员能看到登录后的内容。',
  'err.readiness.page-placeholder':
    '页面 {page} {reason, select, empty {是空白的，没有任何内容} other {只有一句占位文字「{text}」}}：审核会以「小程序无具体内容」驳回。',
  'err.readiness.page-placeholder.next': '给这个页面补上真实内容；还没做好的页面，先从 app.json 的 pages 里去掉（连同进入它的入口），再上传新版本。',
  'err.readiness.ugc-unanswered': '还没有回答：用户能不能发布别人也能看到的内容（评论、帖子、上传图片）？',
  'err.readiness.ugc-unanswered.next': '在下面的问题里选「是」或「否」。有用户发布内容的小程序，审核要求更多。',
  'err.readiness.ugc':
    '用户能发布别人看得到的内容：服务类目要有相应的「社交」类目，内容要经过安全审核；这类小程序上线前还要做网信报备，约需 7 天。',
  'err.readiness.ugc.next':
    '在「服务类目」里添加对应的社交类目并备好资质，接入内容安全检测；上线日期至少留出 7 天给网信报备。',
};
