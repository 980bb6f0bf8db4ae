// 批量发布: several projects uploaded in one go (the page, mp-release batch, and their problems).
export const batch = {
  'batch.open': '批量发布',
  'batch.close': '回到向导',
  'batch.heading': '批量发布',
  'batch.help': '一次上传多个项目：勾选最近打开过的项目，填写共用的版本号和说明（每行可以单独改），同时最多上传 {concurrency} 个。一个失败不影响其他项目，失败的可以单独重试。',
  'batch.pick': '选择项目',
  'batch.noRecent': '还没有打开过项目。先在向导里打开每个项目一次，并导入它的上传密钥。',
  'batch.defaults': '共用的版本号和说明',
  'batch.version': '版本号',
  'batch.desc': '版本说明',
  'batch.rowVersion': '这一行的版本号（留空用共用的）',
  'batch.rowDesc': '这一行的说明（留空用共用的）',
  'batch.start': '开始批量上传',
  'batch.cancel': '停止',
  'batch.retry': '重试失败的项目',
  'batch.new': '新的批量发布',
  'batch.rows': '上传进度',
  'batch.state.queued': '排队中',
  'batch.state.running': '上传中',
  'batch.state.ok': '成功',
  'batch.state.failed': '失败',
  'batch.percent': '{percent}%',
  'batch.summary': '完成：{total} 个项目中 {ok} 个成功，{failed} 个失败。',
  'batch.attempts': '第 {n} 次',
  'batch.cli.row-running': '[{n}/{total}] 开始上传 {name} {version}',
  'batch.cli.row-ok': '[{n}/{total}] 上传成功 {name} {version}',
  'batch.cli.row-failed': '[{n}/{total}] 上传失败 {name} {version}',
  'batch.cli.row-name-ext': '{name}（商家 {extAppid}）',
  'cli.help.batch': `mp-release batch <config.json> [--key-dir <文件夹>] [--key <文件>] [--proxy URL] [--timeout S] [--json]
  按配置文件批量上传多个项目（格式见 docs/batch-config.schema.json）：rows 每行一个项目文件夹（相对配置文件），
  可以单独写 version、desc、robot，否则用 defaults 里的；concurrency 为同时上传的个数（1–4，默认 2）。
  第三方平台模板（项目里有 ext.json）：每行写 extAppid（商家的 AppID），可以再写 ext（商家的配置），同一个项目可以写多行，依次上传。
  密钥：每个 AppID 用 --key-dir 文件夹（默认是配置文件所在文件夹）里的 private.<AppID>.key；没有时用 --key / MP_PRIVATE_KEY。
  一个项目失败不影响其他项目；有任何项目失败时退出码为 1。--json 输出一份汇总。
`,
  'err.batch.appid-mismatch': '这一行写的 AppID 是 {appid}，但项目是 {projectAppid}，没有上传。',
  'err.batch.appid-mismatch.next': '去掉这一行的 appid，或改成项目自己的 AppID。要为第三方平台的商家小程序上传，把商家的 AppID 写在 extAppid 里。',
  'err.batch.ext-missing': '项目 {project} 里没有可用的 ext.json，它不是第三方平台的模板小程序，不能按商家 AppID 上传。',
  'err.batch.ext-missing.next': '去掉这一行的 extAppid 按普通项目上传；或请开发同事在代码目录里加上 ext.json（见说明页），再重试。',
  'err.batch.config-unreadable': '读不了批量配置文件 {file}。',
  'err.batch.config-unreadable.next': '检查文件路径是否正确、文件是否可读，然后再运行。',
  'err.batch.config-invalid': '批量配置文件 {file} 的格式不对（{where}）。',
  'err.batch.config-invalid.next': '对照 docs/batch-config.schema.json 修改文件（技术细节里列出了每一处），然后再运行。',
  'err.batch.unknown': '找不到这次批量发布（应用可能重新启动过）。',
  'err.batch.unknown.next': '重新勾选项目，开始新的批量发布。',
};
