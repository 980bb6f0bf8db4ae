import type { CommandName } from './cli-args';

const OVERVIEW = `mp-release — 小程序发布台命令行 (WeChat Mini Program release desk, command line)

用法 Usage:
  mp-release check   <dir> [--json]
  mp-release doctor  <dir> --key <file> [--proxy URL] [--ip-service URL]... [--json]
  mp-release upload  <dir> --key <file> --version <v> [--desc <text>] [--robot N] [--proxy URL] [--timeout S] [--json]
  mp-release preview <dir> --key <file> --qr <out.png|out.jpg|out.txt> [--page <path>] [--query <q>] [--robot N] [--proxy URL] [--json]
  mp-release <command> --help

命令 Commands:
  check    检查项目：AppID、页面、分包、大小、npm 和发现的问题。
           Check the project: AppID, pages, subpackages, sizes, npm and problems found.
  doctor   用上传密钥向微信发一次签名请求，并显示本机公网 IP（用于 IP 白名单）。
           Send one signed request to WeChat with the key and show this machine's public IP (for the whitelist).
  upload   上传为开发版本。 Upload as a development version.
  preview  生成预览二维码。 Make a preview QR code.

密钥 Key: --key <file>，或环境变量 MP_PRIVATE_KEY（密钥内容）/ MP_PRIVATE_KEY_PATH（文件路径）。
  --key <file>, or MP_PRIVATE_KEY (the key text) / MP_PRIVATE_KEY_PATH (a path). The key is never printed.
代理 Proxy: --proxy URL；否则使用环境变量 HTTPS_PROXY / https_proxy；--proxy '' 表示不用代理。
  --proxy URL, otherwise HTTPS_PROXY / https_proxy (NO_PROXY honoured); --proxy '' means no proxy.

退出码 Exit codes: 0 成功 success · 1 有问题 a problem (project, key, upload) · 2 用法错误 usage error · 130 已取消 cancelled (Ctrl-C)
--json: 结果以 JSON 输出到 stdout；进度和提示在 stderr。 The result goes to stdout as JSON; progress and messages to stderr.
`;

const DETAILS: Record<CommandName, string> = {
  check: `mp-release check <dir> [--json]

  读取项目文件夹（可以是上一级文件夹，会自动找到 project.config.json），打印摘要和问题。
  Reads the project folder (a parent folder works too) and prints the summary and the problems.
  没有「错误」级别的问题时退出码为 0，否则为 1。 Exit 0 when no error-level problem, else 1.
  --json   { ok, summary, problems }
`,
  doctor: `mp-release doctor <dir> --key <file> [--proxy URL] [--ip-service URL]... [--timeout S] [--json]

  用密钥签名一次 getattr 请求，确认密钥、AppID、IP 白名单和网络都没问题；同时查询本机公网 IP。
  Signs one getattr request to prove key, AppID, IP whitelist and network; also looks up the public IP.
  --ip-service URL   查询公网 IP 的服务，可重复；默认使用内置列表。 IP echo service, repeatable.
  连接检查通过时退出码为 0。 Exit 0 when the connection check passes.
`,
  upload: `mp-release upload <dir> --key <file> --version <v> [--desc <text>] [--robot N] [--proxy URL] [--timeout S] [--json]

  --version <v>   版本号，如 1.2.3（插件必须是三段、每段最多 3 位）。 Version such as 1.2.3 (plugins: x.y.z, ≤3 digits each).
  --desc <text>   项目备注。 Version notes.
  --robot N       机器人编号 1–30，默认 1；同一机器人的上传会替换它的开发版本。 Robot 1–30 (default 1).
  --timeout S     最长等待秒数，默认 600。 Give up after S seconds (default 600).
  --json          { ok, result | problem }
`,
  preview: `mp-release preview <dir> --key <file> --qr <out.png|out.jpg|out.txt> [--page <path>] [--query <q>] [--robot N] [--proxy URL] [--json]

  --qr <file>     .png / .jpg 写入二维码图片；.txt 写入 data URL。 Image bytes, or the data URL for .txt.
  --page <path>   打开的页面，如 pages/index/index。 Page to open.
  --query <q>     页面参数，如 id=1&from=qr。 Page query.
  --json          { ok, result | problem }
`,
};

export function helpText(command?: CommandName): string {
  return command ? DETAILS[command] : OVERVIEW;
}
