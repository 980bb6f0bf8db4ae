// npm packages the code needs, and installing them from the app: the UI words and the problems' words.
export const npm = {
  'err.project.npm-missing': '代码用到的 {count} 个 npm 包还没有安装：{packages}。这样上传时没法「构建 npm」，用户手机上也会报错。',
  'err.project.npm-missing.next': '点下面的「安装 npm 包」，应用会把它们装进 {folder} 里的 node_modules，装好后自动重新检查。',
  'err.project.npm-missing.next-cli': '在终端进入 {folder}，执行 {lockfile, select, yes {npm ci --omit=dev} other {npm install --omit=dev}}，然后再运行一次 mp-release check。',
  'err.project.npm-undeclared': '代码用到了 {count} 个 npm 包，但 package.json 的 dependencies 里没有写：{packages}。miniprogram_npm 里也没有，用户手机上会报错。',
  'err.project.npm-undeclared.next': '请开发同事把这些包写进 package.json 的 dependencies（或者去掉这些引用），再把项目交给你。',
} as const;
