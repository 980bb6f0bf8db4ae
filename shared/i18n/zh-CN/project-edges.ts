// The edges of a dropped folder: links out of the project, FIFOs and devices, oversized
// configuration files, drops too broad to be a project, and the chooser for a folder holding
// several projects (shared/errors/project-edge-errors.ts).
export const projectEdges = {
  'project.chooseRoot': '选择要发布的项目',
  'project.chooseRootHelp': '这个文件夹里有不止一个小程序项目。点一个打开它：',
  'project.chooseRootNoName': '（未命名的项目）',
  'project.chooseRootNoAppid': '未填写 AppID',
  'project.chooseRootFolder': '文件夹 {folder}',
  'err.project.link-outside': '{file} 是一个链接，指向项目之外的 {target}，上传时会把项目外的内容一起传上去。',
  'err.project.link-outside.next': '请开发同事把需要的文件复制进项目，再删除这个链接。',
  'err.project.special-file':
    '{file} 不是普通文件（是{type, select, fifo {命名管道} socket {套接字} device {设备文件} other {特殊文件}}），无法读取。',
  'err.project.special-file.next': '请开发同事把它换成普通文件。',
  'err.project.special-file-skipped':
    '{file} 不是普通文件（是{type, select, fifo {命名管道} socket {套接字} device {设备文件} other {特殊文件}}），已跳过：不会上传，也不计入大小。',
  'err.project.special-file-skipped.next': '不影响上传；如果项目用得到它，请开发同事换成普通文件。',
  'err.project.file-too-big': '{file} 有 {size}，超过了配置文件 {limit} 的上限，没有读取。',
  'err.project.file-too-big.next': '配置文件通常只有几 KB；请开发同事检查这个文件是不是放错了或被意外写大了。',
  'err.project.drop-too-broad':
    '{where, select, root {拖入的是整个磁盘（{path}）} other {拖入的是你的个人主文件夹（{path}）}}，不是一个小程序项目文件夹。',
  'err.project.drop-too-broad.next': '请拖入项目本身的文件夹，也就是用微信开发者工具打开的那个（里面有 project.config.json）。',
  'err.project.drop-too-broad.cli':
    '{where, select, root {指定的是整个磁盘（{path}）} other {指定的是你的个人主文件夹（{path}）}}，不是一个小程序项目文件夹。',
  'err.project.drop-too-broad.next-cli': '请指定项目本身的文件夹，也就是用微信开发者工具打开的那个（里面有 project.config.json）。',
  'err.project.choose-root': '这个文件夹里有 {count} 个小程序项目，请选择要发布的那一个。',
  'err.project.choose-root.next': '点下面列出的项目打开它，或直接拖入那个项目的文件夹。',
  'err.project.choose-root.cli': '这个文件夹里有 {count} 个小程序项目：{folders}',
  'err.project.choose-root.next-cli': '请改为指定上面其中一个项目文件夹，再运行一次命令。',
};
