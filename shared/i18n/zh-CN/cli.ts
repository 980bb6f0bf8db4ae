// The words of the `mp-release` command line. Problems have theirs in problems.ts.
export const cli = {
  'cli.help.overview': `mp-release：小程序发布台命令行

用法：
  mp-release check   <dir> [--json]
  mp-release doctor  <dir> --key <文件> [--proxy URL] [--ip-service URL]... [--json]
  mp-release upload  <dir> --key <文件> --version <版本号> [--desc <备注>] [--robot N] [--proxy URL] [--timeout 秒] [--json]
  mp-release preview <dir> --key <文件> --qr <out.png|out.jpg|out.txt> [--page <页面>] [--query <参数>] [--robot N] [--proxy URL] [--json]
  mp-release explain-rejection [文件] [--json]
  mp-release batch   <config.json> [--key-dir <文件夹>] [--proxy URL] [--json]
  mp-release <命令> --help

命令：
  check    检查项目：AppID、页面、分包、大小、npm、代码里的服务器域名和发现的问题。
  doctor   用上传密钥向微信发一次签名请求，并显示本机公网 IP（用于 IP 白名单）。
  upload   上传为开发版本。
  preview  生成预览二维码。
  batch    按配置文件批量上传多个项目。
  explain-rejection  读懂「审核不通过」的原文：可能的原因、怎么改、要打开的页面和申诉文字（原文来自文件或标准输入）。

密钥：--key <文件>，或环境变量 MP_PRIVATE_KEY（密钥内容）/ MP_PRIVATE_KEY_PATH（文件路径）。密钥不会被打印。
代理：--proxy URL；否则使用环境变量 HTTPS_PROXY / https_proxy（遵守 NO_PROXY）；--proxy '''' 表示不用代理。
语言：--lang zh-CN 或 --lang en；默认跟随系统语言（LANG），其余情况用中文。
退出码：0 成功 · 1 有问题（项目、密钥、微信）· 2 用法错误 · 130 已取消（Ctrl-C）
--json：结果以 JSON 输出到 stdout；进度和提示在 stderr。
`,
  'cli.help.check': `mp-release check <dir> [--json]
  读取项目文件夹（可以是上一级文件夹，会自动找到 project.config.json），打印摘要、代码里的服务器域名和问题。
  没有「错误」级别的问题时退出码为 0，否则为 1。上传前用的是同一个检查。
  --json   '{ ok, summary, problems, domains }'
`,
  'cli.help.doctor': `mp-release doctor <dir> --key <文件> [--proxy URL] [--ip-service URL]... [--timeout 秒] [--json]
  用密钥签名一次 getattr 请求，确认密钥、AppID、IP 白名单和网络都没问题；同时查询本机公网 IP。
  --ip-service URL   查询公网 IP 的服务，可重复；默认使用内置列表。
  连接检查通过时退出码为 0。
`,
  'cli.help.upload': `mp-release upload <dir> --key <文件> --version <版本号> [--desc <备注>] [--robot N] [--proxy URL] [--timeout 秒] [--json]
  --version <版本号>   如 1.2.3（插件必须是三段、每段最多 3 位）。
  --desc <备注>        项目备注，最多 2048 字。
  --robot N            机器人编号 1–30，默认 1；同一机器人的上传会替换它的开发版本。
  --timeout 秒         最长等待秒数（1–7200），默认 600。
  --json               '{ ok, result | problem, problems }'
`,
  'cli.help.preview': `mp-release preview <dir> --key <文件> --qr <out.png|out.jpg|out.txt> [--page <页面>] [--query <参数>] [--robot N] [--proxy URL] [--json]
  --qr <文件>      .png / .jpg 写入二维码图片；.txt 写入 data URL。
  --page <页面>    打开的页面，如 pages/index/index。
  --query <参数>   页面参数，如 id=1&from=qr。
  --json           '{ ok, result | problem, problems }'
`,
  'cli.label.error': '错误',
  'cli.label.warning': '提醒',
  'cli.label.where': '位置：',
  'cli.label.next': '怎么办：',
  'cli.label.link': '链接：',
  'cli.label.detail': '技术细节：',
  'cli.internal': 'mp-release 内部出错，请把下面的内容发给开发同事。',
  'cli.proxy.using': '使用代理 {proxy}（来自 {source}）',
  'cli.cancelling': '正在取消…（再按一次 Ctrl-C 立即退出）',
  'cli.progress.line': '进度 {text}',
  'phase.starting': '准备',
  'phase.npm': '构建 npm',
  'phase.compile': '编译',
  'phase.pack': '打包',
  'phase.upload': '上传',
  'phase.finishing': '完成',
  'cli.duration.ms': '{ms} 毫秒',
  'cli.duration.s': '{s} 秒',
  'cli.list.separator': '，',
  'cli.summary.project': '项目',
  'cli.summary.nameAndAppid': '{name}（{appid}）',
  'cli.summary.unnamed': '（未命名）',
  'cli.summary.type': '类型',
  'cli.summary.root': '项目目录',
  'cli.summary.codeRoot': '代码目录',
  'cli.summary.pages': '页面',
  'cli.summary.pageCounts': '共 {count} 个：主包 {main} 个{subs, plural, =0 {} other {，分包 # 个}}',
  'cli.summary.subpackage': '分包',
  'cli.summary.subPages': '{pages} 个页面',
  'cli.summary.subName': '名称 {name}',
  'cli.summary.flags': '（{flags}）',
  'cli.summary.mainSize': '主包大小',
  'cli.summary.totalSize': '总大小',
  'cli.summary.totalValue': '{size}（{count} 个文件）',
  'cli.summary.overLimit': '  ← 超出上限',
  'cli.summary.plugins': '插件',
  'cli.npm.none': '未使用',
  'cli.npm.needsBuild': '使用了 npm，需要先「构建 npm」（upload 会自动完成）',
  'cli.npm.built': '使用了 npm，已构建',
  'cli.check.domainsHeading': '服务器域名（粘贴到 开发管理 → 开发设置 → 服务器域名）：',
  'cli.check.domainLine': '  {list}：{entries}',
  'cli.check.none': '（无）',
  'cli.check.passed': '检查通过，可以上传。',
  'cli.check.passedWithWarnings': '检查通过，有 {count} 条提醒（见上）。',
  'cli.check.blocked': '有 {count} 个问题需要先解决。',
  'cli.doctor.checking': '检查上传密钥、IP 白名单和网络…',
  'cli.doctor.publicIp': '本机公网 IP：{ip}（查询自 {source}）',
  'cli.doctor.passed': '连接检查通过：微信接受了这把密钥从这台电脑发出的请求（用时 {duration}）。',
  'cli.doctor.whitelistHint': '如果换了网络或电脑，请确认新的公网 IP 在「代码上传 IP 白名单」里：\n  {link}',
  'cli.upload.done': '上传成功：{name} {version}（机器人 {robot}），用时 {duration}',
  'cli.upload.next': '下一步：在公众平台「版本管理」把这个开发版本选为体验版，或提交审核：\n  {link}',
  'cli.preview.saved': '预览二维码已保存：{file}（用时 {duration}）',
  'cli.preview.scan': '用微信扫码即可打开预览；二维码有效期较短（约 25 分钟），过期请重新生成。',
  'err.cli.key-missing': '没有提供小程序代码上传密钥。',
  'err.cli.key-missing.next': '用 --key <文件> 指定上传密钥文件（private.<appid>.key），或设置环境变量 MP_PRIVATE_KEY_PATH（文件路径）或 MP_PRIVATE_KEY（密钥内容）。',
  'err.cli.key-text-as-path': '{option} 要填密钥文件的路径，但这里填的像是密钥内容本身（为安全起见不显示）。',
  'err.cli.key-text-as-path.next': '改用 --key <文件路径>；如果要直接传密钥内容，请放在环境变量 MP_PRIVATE_KEY 里。',
  'err.cli.not-built': 'mp-release 的上传进程还没有构建：{file}',
  'err.cli.not-built.next': '请先运行 npm run build。',
  'err.cli.qr-write-failed': '二维码生成了，但无法写入文件：{path}',
  'err.cli.qr-write-failed.next': '检查文件夹是否存在、是否有写入权限。',
  'err.cli.unknown-command': '不认识的命令「{command}」，可用的命令：{commands}。',
  'err.cli.unknown-command.next': '运行 mp-release --help 查看用法。',
  'err.cli.unknown-option': '不认识的选项 {option}。',
  'err.cli.unknown-option.next': '运行 mp-release {command} --help 查看这个命令的选项。',
  'err.cli.bad-option-value': '选项 {option} 的值不对。',
  'err.cli.bad-option-value.next': '运行 mp-release {command} --help 查看用法。',
  'err.cli.bad-arguments': '命令行参数有误。',
  'err.cli.bad-arguments.next': '运行 mp-release {command} --help 查看用法。',
  'err.cli.missing-dir': '缺少项目文件夹 <dir>。',
  'err.cli.missing-dir.next': '在命令后写上项目文件夹，例如 mp-release {command} ./my-miniprogram。',
  'err.cli.extra-args': '只能指定一个项目文件夹，多出了 {count} 个参数{shown, select, hidden {（像是密钥内容，不显示）} other {：{shown}}}',
  'err.cli.extra-args.next': '带空格的路径请加引号；运行 mp-release {command} --help 查看用法。',
  'err.cli.bad-timeout': '--timeout 要填 1 到 {max} 之间的秒数，收到的是「{value}」。',
  'err.cli.bad-timeout.next': '例如 --timeout 900 表示最多等 15 分钟。',
  'err.cli.bad-robot': '--robot 要填 1 到 30 的数字，收到的是「{value}」。',
  'err.cli.bad-robot.next': '例如 --robot 2；同一机器人的上传会替换它的开发版本。',
  'err.cli.missing-qr': '缺少 --qr <文件>：二维码要保存到哪里（.png / .jpg / .txt）。',
  'err.cli.missing-qr.next': '例如 --qr preview.png。',
  'err.cli.bad-qr-file': '--qr 的文件名要以 .png、.jpg 或 .txt 结尾，收到的是「{value}」。',
  'err.cli.bad-qr-file.next': '例如 --qr preview.png；.txt 会写入 data URL。',
  'err.cli.bad-ip-service': '--ip-service 要填 https:// 地址，收到的是「{value}」。',
  'err.cli.bad-ip-service.next': '例如 --ip-service https://api.ipify.org。',
  'err.cli.bad-proxy': '{source} 的代理地址「{value}」不对，应类似 http://127.0.0.1:7890。',
  'err.cli.bad-proxy.next': "改正 {source}；不需要代理时用 --proxy ''''。",
  'err.cli.bad-lang': '--lang 只能是 zh-CN 或 en，收到的是「{value}」。',
  'err.cli.bad-lang.next': '例如 --lang en 用英文输出。',
  'cli.doctor.sharedEntry': '这台电脑的网络有多个出口，但都在同一网段：在白名单里填 {entry} 一条即可。',
  'cli.doctor.severalExits': '这台电脑的网络有 {count} 个出口 IP，都要加入白名单（白名单最多 {limit} 条）。',
  'cli.progress.elapsed': '已用 {s} 秒',
} as const;
