import { DOCS } from '../deep-links';
import type { Catalogue } from './catalogue';

// Problems found while reading a dropped project folder.
export const PROJECT_ERRORS = {
  'project.read-failed': {
    message: { zh: '读取项目时出了意外问题。', en: 'Reading the project failed unexpectedly.' },
    next: { zh: '请重新拖入文件夹；如果仍然失败，把技术细节发给开发同事。', en: 'Drop the folder again; if it fails again, send the technical details to a developer.' },
  },
  'project.path-missing': {
    message: { zh: '找不到这个文件夹：{path}', en: 'This folder does not exist: {path}' },
    next: { zh: '确认文件夹还在原处，然后重新拖入。', en: 'Check that the folder is still there, then drop it again.' },
  },
  'project.not-a-folder': {
    message: { zh: '拖入的是一个文件，不是文件夹：{path}', en: 'You dropped a file, not a folder: {path}' },
    next: { zh: '请拖入小程序项目所在的整个文件夹。', en: 'Drop the whole Mini Program project folder instead.' },
  },
  'project.empty-folder': {
    message: { zh: '这个文件夹是空的。', en: 'This folder is empty.' },
    next: { zh: '请找开发同事确认项目代码放在哪个文件夹，再拖入那个文件夹。', en: 'Ask a developer which folder holds the project code and drop that one.' },
  },
  'project.not-miniprogram': {
    message: { zh: '这里没有找到小程序项目（缺少 project.config.json）。', en: 'No Mini Program project here (project.config.json is missing).' },
    next: { zh: '请拖入包含 project.config.json 的项目文件夹，也就是用微信开发者工具打开的那个文件夹。', en: 'Drop the folder that contains project.config.json, the one opened in WeChat DevTools.' },
    link: { kind: 'url', url: DOCS.projectConfig },
  },
  'project.config-missing': {
    message: { zh: '找到了 app.json，但缺少 project.config.json，无法知道 AppID。', en: 'Found app.json but no project.config.json, so the AppID is unknown.' },
    next: { zh: '请拖入上一级的项目文件夹；如果没有，请开发同事补上 project.config.json。', en: 'Drop the parent project folder, or ask a developer to add project.config.json.' },
    link: { kind: 'url', url: DOCS.projectConfig },
  },
  'project.multiple-roots': {
    message: { zh: '这个文件夹里有 {count} 个小程序项目，已打开 {chosen}。', en: 'This folder holds {count} Mini Program projects; opened {chosen}.' },
    next: { zh: '如果不是这个，请直接拖入想发布的那个项目文件夹。', en: 'If that is the wrong one, drop the project folder you want to release.' },
  },
  'project.json-broken': {
    message: { zh: '{file} 的格式有错，第 {line} 行附近。', en: '{file} is not valid JSON, near line {line}.' },
    next: { zh: '请开发同事修好这个文件（常见原因：多了或少了逗号、引号）。', en: 'Ask a developer to fix this file (often a missing or extra comma or quote).' },
  },
  'project.json-not-object': {
    message: { zh: '{file} 的内容不是一个配置对象。', en: '{file} does not hold a configuration object.' },
    next: { zh: '请开发同事检查这个文件的内容。', en: 'Ask a developer to check this file.' },
  },
  'project.not-utf8': {
    message: { zh: '{file} 不是 UTF-8 编码，微信无法读取。', en: '{file} is not UTF-8 encoded; WeChat cannot read it.' },
    next: { zh: '请开发同事把这个文件另存为 UTF-8 编码。', en: 'Ask a developer to save the file as UTF-8.' },
  },
  'project.unreadable': {
    message: { zh: '无法读取 {file}。', en: 'Cannot read {file}.' },
    next: { zh: '检查这个文件的访问权限，或把项目复制到自己的文件夹后再拖入。', en: 'Check the file permissions, or copy the project to your own folder and drop it again.' },
  },
  'project.symlink-loop': {
    message: { zh: '{file} 是一个指向自己的快捷方式（符号链接循环），已跳过。', en: '{file} is a link that points back to itself (a symlink loop); it was skipped.' },
    next: { zh: '请开发同事删除或修正这个链接。', en: 'Ask a developer to remove or fix this link.' },
  },
  'project.appid-missing': {
    message: { zh: 'project.config.json 里没有填写 AppID。', en: 'project.config.json has no AppID.' },
    next: { zh: '在公众平台「开发管理 → 开发设置」查看 AppID，请开发同事填入 project.config.json 的 appid。', en: 'Find the AppID under 开发管理 → 开发设置 and have it set as appid in project.config.json.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'project.appid-tourist': {
    message: { zh: '这个项目用的是测试号（touristappid），不能发布。', en: 'This project uses the test AppID (touristappid) and cannot be released.' },
    next: { zh: '在公众平台「开发管理 → 开发设置」查看真实 AppID，填入 project.config.json。', en: 'Look up the real AppID under 开发管理 → 开发设置 and put it in project.config.json.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'project.appid-malformed': {
    message: { zh: 'AppID「{appid}」格式不对，应为 wx 开头的 18 位字符。', en: 'AppID "{appid}" looks wrong; it should be 18 characters starting with wx.' },
    next: { zh: '在公众平台「开发管理 → 开发设置」核对 AppID。', en: 'Check the AppID under 开发管理 → 开发设置.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'project.miniprogram-root-missing': {
    message: { zh: 'project.config.json 指定的代码目录「{root}」不存在。', en: 'The code folder "{root}" named in project.config.json does not exist.' },
    next: { zh: '如果项目需要先编译（如 Taro、uni-app），请开发同事先编译；否则请修正 miniprogramRoot。', en: 'If the project must be built first (Taro, uni-app), build it; otherwise fix miniprogramRoot.' },
    link: { kind: 'url', url: DOCS.projectConfig },
  },
  'project.app-json-missing': {
    message: { zh: '代码目录里没有 app.json，这不是完整的小程序代码。', en: 'The code folder has no app.json, so the Mini Program is incomplete.' },
    next: { zh: '请确认拖入的是正确的项目，并检查 project.config.json 的 miniprogramRoot。', en: 'Check you dropped the right project and that miniprogramRoot is correct.' },
    link: { kind: 'url', url: DOCS.appJson },
  },
  'project.pages-empty': {
    message: { zh: 'app.json 没有列出任何页面。', en: 'app.json lists no pages.' },
    next: { zh: '请开发同事在 app.json 的 pages 里加入页面。', en: 'Ask a developer to add pages to app.json.' },
    link: { kind: 'url', url: DOCS.appJson },
  },
  'project.page-missing': {
    message: { zh: '页面 {page} 缺少文件 {missing}。', en: 'Page {page} is missing {missing}.' },
    next: { zh: '请开发同事补上这个文件，或从 app.json 中删去这个页面。', en: 'Ask a developer to add the file or remove the page from app.json.' },
  },
  'project.subpackage-root-missing': {
    message: { zh: '分包目录「{root}」不存在。', en: 'Subpackage folder "{root}" does not exist.' },
    next: { zh: '请开发同事检查 app.json 里 subpackages 的 root。', en: 'Ask a developer to check the subpackage root in app.json.' },
    link: { kind: 'url', url: DOCS.subpackages },
  },
  'project.npm-not-built': {
    message: { zh: '项目用到了 npm 包，但还没有构建（缺少 miniprogram_npm）。', en: 'The project uses npm packages that have not been built (miniprogram_npm is missing).' },
    next: { zh: '上传前需要先「构建 npm」，本应用会在上传步骤里代为完成。', en: 'npm packages must be built before upload; the upload step will do it for you.' },
    link: { kind: 'url', url: DOCS.npm },
  },
  'project.size-main-over': {
    message: { zh: '主包约 {size}，超过了 {limit} 的上限。', en: 'The main package is about {size}, over the {limit} limit.' },
    next: { zh: '请开发同事把部分页面移到分包里，或删去不用的图片等文件。', en: 'Ask a developer to move pages into subpackages or remove unused assets.' },
    link: { kind: 'url', url: DOCS.subpackages },
  },
  'project.size-sub-over': {
    message: { zh: '分包「{root}」约 {size}，超过了 {limit} 的上限。', en: 'Subpackage "{root}" is about {size}, over the {limit} limit.' },
    next: { zh: '请开发同事拆分这个分包，或删去不用的文件。', en: 'Ask a developer to split this subpackage or remove unused files.' },
    link: { kind: 'url', url: DOCS.subpackages },
  },
  'project.size-total-over': {
    message: { zh: '整个小程序约 {size}，超过了 {limit} 的上限。', en: 'The whole Mini Program is about {size}, over the {limit} limit.' },
    next: { zh: '请开发同事删去不用的文件，或把图片等资源放到服务器上。', en: 'Ask a developer to remove unused files or host large assets on a server.' },
    link: { kind: 'url', url: DOCS.subpackages },
  },
} satisfies Catalogue;

export type ProjectErrorCode = keyof typeof PROJECT_ERRORS;
