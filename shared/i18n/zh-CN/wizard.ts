// The wizard's frame: step names, what blocks a step, the steps' headings.
export const wizard = {
  'step.version': '版本与说明',
  'step.precheck': '上传前检查',
  'step.upload': '上传',
  'step.preview': '预览 / 体验版',
  'nav.done': '已完成',
  'gate.heading': '这一步还不能开始',
  'gate.project': '项目还没有通过检查。',
  'gate.key': '还没有导入这个小程序的上传密钥。',
  'gate.version': '还没有填写有效的版本号。',
  'gate.precheck': '上传前检查还没有通过。',
  'gate.go': '去「{step}」',
  'version.heading': '第四步：版本号与项目备注',
  'precheck.heading': '第五步：上传前检查',
  'upload.heading': '第六步：上传',
  'preview.heading': '第七步：预览与体验版',
  'wl.next': '下一步：填写版本号与备注',
} as const;
