// 导出诊断信息: one zip for whoever supports the operator, with nothing secret in it.
export const diagnostics = {
  'diagnostics.heading': '诊断信息',
  'diagnostics.help': '出了问题需要别人帮忙排查时，把诊断信息发给对方：里面有日志、版本号和设置。密钥、测试账号、代理密码、带 token 或 key 的链接和机器人 Webhook 都已去掉，个人文件夹写成 ~，项目文件夹名换成代号。',
  'diagnostics.export': '导出诊断信息',
  'diagnostics.exporting': '正在导出…',
  'diagnostics.saved': '诊断信息已保存到 {file}',
  'dialog.saveDiagnostics': '导出诊断信息',
  'dialog.zipFiles': 'ZIP 压缩包',
};
