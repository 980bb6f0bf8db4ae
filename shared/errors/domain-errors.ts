import type { Catalogue } from './catalogue';

// Problems with the server domains the code calls (服务器域名 / 业务域名 rules, WECHAT-FACTS.md).
// Every rule problem carries params { host, url, type, list, origin, count }: `list` is the name of
// the list on the admin site (「request合法域名」…「业务域名」), `origin` the entry that list needs,
// `count` how many places in the code use that URL (file and line point at the first).
export const DOMAIN_ERRORS = {
  'domain.http-not-allowed': {
    message: {
      zh: '代码用 http:// 访问 {host}（{url}）。微信只允许 https://，用户手机上这个请求会失败。',
      en: 'The code reaches {host} over http:// ({url}). WeChat only allows https://, so this request fails on phones.',
    },
    next: {
      zh: '请开发同事把地址改成 https://（服务器需要有 HTTPS 证书），再把 {origin} 加到「{list}」。改好之前，这个域名不会出现在可复制的列表里。',
      en: 'Ask a developer to switch the address to https:// (the server needs an HTTPS certificate), then add {origin} to 「{list}」. Until then it is left out of the copy-ready list.',
    },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'domain.ws-not-allowed': {
    message: {
      zh: '代码用不加密的 ws:// 连接 {host}（{url}）。微信只允许 wss://，用户手机上连不上。',
      en: 'The code connects to {host} over unencrypted ws:// ({url}). WeChat only allows wss://, so phones cannot connect.',
    },
    next: {
      zh: '请开发同事改成 wss://（服务器需要有证书），再把 {origin} 加到「socket合法域名」。',
      en: 'Ask a developer to switch to wss:// (the server needs a certificate), then add {origin} to 「socket合法域名」.',
    },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'domain.ip-address': {
    message: {
      zh: '代码直接访问 IP 地址 {host}（{url}）。服务器域名不能填 IP 地址，用户手机上会失败。',
      en: 'The code calls the IP address {host} directly ({url}). The whitelist does not accept IP addresses, so this fails on phones.',
    },
    next: {
      zh: '请开发同事给这台服务器配一个已备案的域名，并启用 https，然后把这个域名加到「{list}」。',
      en: 'Ask a developer to give this server an ICP-filed domain with https, then add that domain to 「{list}」.',
    },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'domain.localhost': {
    message: {
      zh: '代码里有本机地址 {host}（{url}），它指向开发者自己的电脑，用户手机访问不到。',
      en: "The code uses {host} ({url}), which points at the developer's own computer; phones cannot reach it.",
    },
    next: {
      zh: '请开发同事确认正式版本不会用到这个地址（比如只在开发时使用）；如果会用到，请换成正式服务器的域名。本机地址不能加进白名单。',
      en: 'Ask a developer to confirm the released version never uses it (for example, it is for development only); otherwise switch to the real server domain. Local addresses cannot be whitelisted.',
    },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'domain.port': {
    message: {
      zh: '{url} 带了端口号 {port}。微信要求白名单里写一模一样的端口，否则请求会失败。',
      en: '{url} uses port {port}. WeChat only lets it through when the list entry has exactly that port.',
    },
    next: {
      zh: '把带端口的 {origin} 加到「{list}」。注意：填了端口后只能用这个端口访问；不填端口时，代码里也不能写端口（连 :443 都不行）。',
      en: 'Add {origin}, with the port, to 「{list}」. With a port in the entry only that port works; without one, the code must not write any port, not even :443.',
    },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'domain.api-weixin': {
    message: {
      zh: '小程序代码直接调用了微信后台接口 api.weixin.qq.com（{url}）。微信不允许把它加进白名单，用户手机上会失败。',
      en: 'The Mini Program calls the WeChat server API api.weixin.qq.com directly ({url}). It cannot be whitelisted, so this fails on phones.',
    },
    next: {
      zh: '这类接口要用 AppSecret，只能由你们自己的服务器调用，放在小程序里还会泄露密钥。请开发同事把这个调用移到后台服务器，小程序改为请求自己的服务器。',
      en: "These APIs need the AppSecret and may only be called from your own server; in the Mini Program they also leak the secret. Ask a developer to move the call to your server and have the Mini Program call that instead.",
    },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'domain.too-many': {
    message: {
      zh: '代码需要 {count} 个「{list}」，超过了微信允许的 {limit} 个。',
      en: 'The code needs {count} entries in 「{list}」, more than the {limit} WeChat allows.',
    },
    next: {
      zh: '请开发同事合并域名（例如用同一个域名转发到不同的服务），把数量减到 {limit} 个以内。',
      en: 'Ask a developer to consolidate domains (for example one domain that forwards to several services) to get under {limit}.',
    },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'domain.scan-failed': {
    message: { zh: '检查代码里的服务器域名时出了意外问题。', en: 'Checking the server domains in the code failed unexpectedly.' },
    next: {
      zh: '请重试；如果仍然失败，把技术细节发给开发同事，并请他们手动列出要配置的域名。',
      en: 'Try again; if it fails again, send the technical details to a developer and ask them to list the domains by hand.',
    },
  },
} satisfies Catalogue;
