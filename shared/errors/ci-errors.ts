import { DOCS } from '../deep-links';
import type { Catalogue } from './catalogue';

// Failures of upload, preview, npm build and the connection check (WECHAT-FACTS.md, error table).
export const CI_ERRORS = {
  'ci.invalid-ip': {
    message: { zh: '这台电脑的公网 IP（{ip}）不在「代码上传 IP 白名单」里，微信拒绝了请求。', en: "This computer's public IP ({ip}) is not on the code-upload IP whitelist, so WeChat refused." },
    next: { zh: '请管理员登录公众平台，在「开发管理 → 开发设置 → 小程序代码上传」把 {ip} 加入 IP 白名单（或关闭白名单），然后重试。', en: 'Ask an admin to add {ip} under 开发管理 → 开发设置 → 小程序代码上传 → IP 白名单 (or turn the whitelist off), then retry.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'ci.key-mismatch': {
    message: { zh: '上传密钥和 AppID（{appid}）对不上，或者密钥已经被重置。', en: 'The upload key does not belong to AppID {appid}, or the key has been reset.' },
    next: { zh: '请管理员在「开发设置 → 小程序代码上传」重新下载上传密钥，并确认项目的 AppID 正确。', en: 'Ask an admin to download the upload key again under 开发设置 → 小程序代码上传, and check the AppID.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'ci.key-invalid': {
    message: { zh: '上传密钥文件已损坏或格式不对，无法签名。', en: 'The upload key is damaged or in the wrong format, so nothing could be signed.' },
    next: { zh: '请重新下载上传密钥（private.{appid}.key）后再导入。注意不要和 AppSecret 混淆。', en: 'Download the upload key (private.{appid}.key) again and import it. It is not the AppSecret.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'ci.network': {
    message: { zh: '连不上微信服务器。', en: 'Cannot reach the WeChat servers.' },
    next: { zh: '请检查网络连接；如果公司网络需要代理，请在设置里填写代理。', en: 'Check the network connection; if your office needs a proxy, set it in the settings.' },
  },
  'ci.proxy-failed': {
    message: { zh: '通过代理服务器连接失败。', en: 'The connection through the proxy failed.' },
    next: { zh: '请在设置里检查代理地址；如果不需要代理，请清除它。', en: 'Check the proxy address in the settings, or clear it if no proxy is needed.' },
  },
  'ci.connection-dropped': {
    message: { zh: '和微信服务器的连接中途断开了。', en: 'The connection to the WeChat servers dropped.' },
    next: { zh: '请稍后重试；如果反复出现，检查网络或代理是否稳定。', en: 'Try again shortly; if it keeps happening, check the network or proxy.' },
  },
  'ci.server-error': {
    message: { zh: '微信服务器返回了无法识别的内容，可能暂时故障。', en: 'The WeChat server answered with something unreadable; it may be having trouble.' },
    next: { zh: '请几分钟后重试。如果公司网络会拦截网页，请联系网管。', en: 'Try again in a few minutes. If your network intercepts web traffic, contact IT.' },
  },
  'ci.server-rejected': {
    message: { zh: '微信服务器拒绝了这次请求（错误码 {errCode}：{errMsg}）。', en: 'The WeChat server refused the request (error {errCode}: {errMsg}).' },
    next: { zh: '请稍后重试；如仍失败，把技术细节发给开发同事。', en: 'Try again later; if it still fails, send the technical details to a developer.' },
  },
  'ci.package-too-large': {
    message: { zh: '代码包超过了微信的大小上限。', en: "The code package is over WeChat's size limit." },
    next: { zh: '请开发同事把部分页面移到分包里，或删去不用的文件。', en: 'Ask a developer to move pages into subpackages or remove unused files.' },
    link: { kind: 'url', url: DOCS.subpackages },
  },
  'ci.plugin-denied': {
    message: { zh: '项目用到的插件还没有为这个小程序添加。', en: 'A plugin the project uses has not been added for this Mini Program.' },
    next: { zh: '请在公众平台「设置 → 第三方设置 → 插件管理」添加该插件后重试。', en: 'Add the plugin under 设置 → 第三方设置 → 插件管理, then retry.' },
    link: { kind: 'mp', page: 'thirdParty' },
  },
  'ci.ext-appid-not-auth': {
    message: { zh: '第三方平台开发模式（ext.json）配置不对，开发小程序没有授权。', en: 'The third-party (ext.json) setup is wrong: the development AppID is not authorised.' },
    next: { zh: '请使用开发小程序的上传密钥和 IP 白名单，或请开发同事检查 ext.json。', en: "Use the development Mini Program's key and whitelist, or ask a developer to check ext.json." },
  },
  'ci.npm-not-built': {
    message: { zh: '找不到 npm 组件，需要先「构建 npm」。', en: 'npm components are missing: npm must be built first.' },
    next: { zh: '请先执行「构建 npm」，再重新上传。', en: 'Run the npm build, then upload again.' },
    link: { kind: 'url', url: DOCS.npm },
  },
  'ci.npm-not-installed': {
    message: { zh: '项目用到了 npm 包，但这些包还没有安装（缺少 node_modules），无法构建 npm。', en: 'The project uses npm packages that are not installed (no node_modules), so npm cannot be built.' },
    next: { zh: '请开发同事在项目里执行 npm install，或直接提供已构建好 miniprogram_npm 的项目。', en: 'Ask a developer to run npm install in the project, or to hand over the project with miniprogram_npm already built.' },
    link: { kind: 'url', url: DOCS.npm },
  },
  'ci.app-json-missing': {
    message: { zh: '上传时找不到 app.json，项目目录设置不对。', en: 'app.json was not found during upload: the project folder setting is wrong.' },
    next: { zh: '请重新打开项目，检查 project.config.json 的 miniprogramRoot。', en: 'Open the project again and check miniprogramRoot in project.config.json.' },
    link: { kind: 'url', url: DOCS.projectConfig },
  },
  'ci.project-type-mismatch': {
    message: { zh: '项目类型和 AppID 不符（例如小游戏的 AppID 用在了小程序上）。', en: 'The project type does not match the AppID (e.g. a Mini Game AppID on a Mini Program).' },
    next: { zh: '请开发同事检查 project.config.json 的 compileType 和 appid。', en: 'Ask a developer to check compileType and appid in project.config.json.' },
  },
  'ci.compile-failed': {
    message: { zh: '编译代码时出错。', en: 'The code failed to compile.' },
    next: { zh: '请把技术细节发给开发同事修复后再上传。', en: 'Send the technical details to a developer to fix, then upload again.' },
  },
  'ci.file-missing': {
    message: { zh: '上传时缺少文件。', en: 'A file is missing.' },
    next: { zh: '请重新打开项目检查，或请开发同事补上文件。', en: 'Open the project again to check, or ask a developer to add the file.' },
  },
  'ci.preview-no-qr': {
    message: { zh: '预览已生成，但微信没有返回二维码。', en: 'The preview was built but WeChat returned no QR code.' },
    next: { zh: '请重试一次预览。', en: 'Try the preview again.' },
  },
  'ci.timeout': {
    message: { zh: '超过 {seconds} 秒没有完成，已停止。微信服务器可能没有响应。', en: 'Not finished after {seconds} seconds, so it was stopped. The WeChat server may not be answering.' },
    next: { zh: '请检查网络后重试。', en: 'Check the network and try again.' },
  },
  'ci.cancelled': {
    message: { zh: '已取消。', en: 'Cancelled.' },
    next: { zh: '如果取消时已经在传输，微信后台可能已收到这一版，可在「版本管理」查看。', en: 'If it was already sending, WeChat may have received this version; check 版本管理.' },
    link: { kind: 'mp', page: 'versions' },
  },
  'ci.already-running': {
    message: { zh: '这个小程序（{appid}）已经在上传中。', en: 'This Mini Program ({appid}) is already uploading.' },
    next: { zh: '请等当前任务完成，或先取消它。', en: 'Wait for the current job to finish, or cancel it first.' },
  },
  'ci.job-crashed': {
    message: { zh: '上传进程意外退出了。', en: 'The upload process stopped unexpectedly.' },
    next: { zh: '请重试；如仍失败，把技术细节发给开发同事。', en: 'Try again; if it fails again, send the technical details to a developer.' },
  },
  'ci.version-empty': {
    message: { zh: '还没有填写版本号。', en: 'No version number yet.' },
    next: { zh: '请填写版本号，例如 1.0.0。没有版本号时，上传可能"成功"却在版本管理里看不到。', en: 'Enter a version such as 1.0.0. Without one an upload can "succeed" yet not appear in 版本管理.' },
  },
  'ci.version-invalid': {
    message: { zh: '版本号「{version}」格式不对。', en: 'Version "{version}" is not valid.' },
    next: { zh: '请用数字和点，例如 1.2.3（插件必须是三段数字，每段最多 3 位）。', en: 'Use digits and dots such as 1.2.3 (plugins need three parts of at most 3 digits).' },
  },
  'ci.notes-too-long': {
    message: { zh: '项目备注有 {length} 个字，超过了 {max} 字的上限。', en: 'The notes are {length} characters long, over the {max} limit.' },
    next: { zh: '请把备注缩短到 {max} 字以内；详细的更新内容可以放在提交审核的版本描述里。', en: 'Shorten the notes to {max} characters; put the full list of changes in the review description instead.' },
  },
  'release.project-blocked': {
    message: { zh: '项目有 {count} 个问题需要先解决，没有开始。', en: 'The project has {count} problem(s) to fix first; nothing was started.' },
    next: { zh: '请先处理上面列出的问题，再重新检查项目。', en: 'Deal with the problems listed above, then check the project again.' },
  },
  'ci.robot-invalid': {
    message: { zh: '机器人编号 {robot} 不在 1–30 之间。', en: 'Robot {robot} is not between 1 and 30.' },
    next: { zh: '请选择 1 到 30 之间的编号。', en: 'Pick a number from 1 to 30.' },
  },
  'ci.public-ip-unknown': {
    message: { zh: '查不到这台电脑的公网 IP。', en: "Could not find this computer's public IP." },
    next: { zh: '请检查网络；也可以在浏览器里搜索「我的 IP」查看后填入白名单。', en: 'Check the network, or look up "what is my IP" in a browser and add it to the whitelist.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
} satisfies Catalogue;
