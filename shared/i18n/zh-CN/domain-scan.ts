// The words of the domain scan's image and "mentioned" lists, in the whitelist step and the CLI.
export const domainScan = {
  'wl.images.title': '图片和媒体的域名',
  'wl.images.how':
    '这些地址由 <image>、<video>、背景图等组件自己加载，不是代码里的网络请求。它们是否必须加进「downloadFile合法域名」，各方说法不一（尚未核实）。如果真机上图片加载不出来，再把下面这一行加到「downloadFile合法域名」。',
  'wl.images.copyLabel': '图片加载不出来时，加到「downloadFile合法域名」：',
  'wl.images.none': '代码里没有用到远程图片或媒体。',
  'wl.mentioned.summary': '代码里提到、但没有证明会访问的域名（{count} 个）',
  'wl.mentioned.how':
    '这些地址出现在提示文字、其他平台（抖音、支付宝等）的接口、没有被用到的常量或太大的文件里。它们不在上面的复制列表里，也不用加进白名单。如果你确定代码会访问其中某个，请开发者确认。',
  'cli.check.imagesHeading': '图片和媒体的域名（是否必须加进白名单，各方说法不一；真机上图片加载不出来时再加）：',
  'cli.check.mentioned': '只在代码里提到、没有证明会访问的域名：{count} 个，不用加进白名单（位置见 --json）：{hosts}',
} as const;
