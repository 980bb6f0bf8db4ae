import type { cli as zh } from '../zh-CN/cli';

export const cli: Record<keyof typeof zh, string> = {
  'cli.help.overview': `mp-release: the Mini Program release desk on the command line

Usage:
  mp-release check   <dir> [--json]
  mp-release doctor  <dir> --key <file> [--proxy URL] [--ip-service URL]... [--json]
  mp-release upload  <dir> --key <file> --version <v> [--desc <text>] [--robot N] [--proxy URL] [--timeout S] [--json]
  mp-release preview <dir> --key <file> --qr <out.png|out.jpg|out.txt> [--page <path>] [--query <q>] [--robot N] [--proxy URL] [--json]
  mp-release explain-rejection [file] [--json]
  mp-release batch   <config.json> [--key-dir <folder>] [--proxy URL] [--json]
  mp-release <command> --help

Commands:
  check    Check the project: AppID, pages, subpackages, sizes, npm, the server domains in the code, and problems found.
  doctor   Send one signed request to WeChat with the key and show this computer's public IP (for the IP whitelist).
  upload   Upload as a development version.
  preview  Make a preview QR code.
  batch    Upload several projects as a config file lists them.
  explain-rejection  Explain a review rejection text: likely causes, what to change, the page to open and an appeal text (from a file or stdin).

Key: --key <file>, or MP_PRIVATE_KEY (the key text) / MP_PRIVATE_KEY_PATH (a path). The key is never printed.
Proxy: --proxy URL, else HTTPS_PROXY / https_proxy (NO_PROXY honoured); --proxy '''' means no proxy.
Language: --lang zh-CN or --lang en; by default the system language (LANG), Chinese otherwise.
Exit codes: 0 success · 1 a problem (project, key, WeChat) · 2 usage error · 130 cancelled (Ctrl-C)
--json: the result goes to stdout as JSON; progress and messages go to stderr.
`,
  'cli.help.check': `mp-release check <dir> [--json]
  Reads the project folder (a parent folder works too: project.config.json is found) and prints the summary,
  the server domains in the code and the problems.
  Exit 0 when no problem is an error, else 1. Uploads are decided on the same check.
  --json   '{ ok, summary, problems, domains }'
`,
  'cli.help.doctor': `mp-release doctor <dir> --key <file> [--proxy URL] [--ip-service URL]... [--timeout S] [--json]
  Signs one getattr request to prove the key, the AppID, the IP whitelist and the network; also looks up the public IP.
  --ip-service URL   A public-IP echo service, repeatable; a built-in list by default.
  Exit 0 when the connection check passes.
`,
  'cli.help.upload': `mp-release upload <dir> --key <file> --version <v> [--desc <text>] [--robot N] [--proxy URL] [--timeout S] [--json]
  --version <v>   Version such as 1.2.3 (plugins: three parts of at most 3 digits).
  --desc <text>   Version notes, at most 2,048 characters.
  --robot N       Robot 1–30, default 1; a robot's upload replaces its development version.
  --timeout S     Give up after S seconds (1–7200), default 600.
  --json          '{ ok, result | problem, problems }'
`,
  'cli.help.preview': `mp-release preview <dir> --key <file> --qr <out.png|out.jpg|out.txt> [--page <path>] [--query <q>] [--robot N] [--proxy URL] [--json]
  --qr <file>     .png / .jpg get the QR image; .txt gets the data URL.
  --page <path>   The page to open, such as pages/index/index.
  --query <q>     The page query, such as id=1&from=qr.
  --json          '{ ok, result | problem, problems }'
`,
  'cli.label.error': 'Error',
  'cli.label.warning': 'Warning',
  'cli.label.where': 'Where: ',
  'cli.label.next': 'What to do: ',
  'cli.label.link': 'Link: ',
  'cli.label.detail': 'Technical details: ',
  'cli.internal': 'mp-release failed inside; please send what follows to a developer.',
  'cli.proxy.using': 'Using proxy {proxy} (from {source})',
  'cli.cancelling': 'Cancelling… (press Ctrl-C again to quit at once)',
  'cli.progress.line': 'Progress {text}',
  'phase.starting': 'Preparing',
  'phase.npm': 'Building npm',
  'phase.compile': 'Compiling',
  'phase.pack': 'Packing',
  'phase.upload': 'Uploading',
  'phase.finishing': 'Done',
  'cli.duration.ms': '{ms} ms',
  'cli.duration.s': '{s} s',
  'cli.list.separator': ', ',
  'cli.summary.project': 'Project',
  'cli.summary.nameAndAppid': '{name} ({appid})',
  'cli.summary.unnamed': '(unnamed)',
  'cli.summary.type': 'Type',
  'cli.summary.root': 'Project folder',
  'cli.summary.codeRoot': 'Code folder',
  'cli.summary.pages': 'Pages',
  'cli.summary.pageCounts':
    '{count, plural, one {# page} other {# pages}}: {main} in the main package{subs, plural, =0 {} one {, # subpackage} other {, # subpackages}}',
  'cli.summary.subpackage': 'Subpackage',
  'cli.summary.subPages': '{pages, plural, one {# page} other {# pages}}',
  'cli.summary.subName': 'named {name}',
  'cli.summary.flags': ' ({flags})',
  'cli.summary.mainSize': 'Main package',
  'cli.summary.totalSize': 'Total',
  'cli.summary.totalValue': '{size} ({count, plural, one {# file} other {# files}})',
  'cli.summary.overLimit': '  ← over the limit',
  'cli.summary.plugins': 'Plugins',
  'cli.npm.none': 'not used',
  'cli.npm.needsBuild': 'used, not built yet (upload builds it)',
  'cli.npm.built': 'used and built',
  'cli.check.domainsHeading': 'Server domains (paste into 开发管理 → 开发设置 → 服务器域名):',
  'cli.check.domainLine': '  {list}: {entries}',
  'cli.check.none': '(none)',
  'cli.check.passed': 'Check passed; ready to upload.',
  'cli.check.passedWithWarnings': 'Check passed, with {count, plural, one {# warning} other {# warnings}} (see above).',
  'cli.check.blocked': '{count, plural, one {# problem} other {# problems}} must be fixed first.',
  'cli.doctor.checking': 'Checking the upload key, the IP whitelist and the network…',
  'cli.doctor.publicIp': "This computer's public IP: {ip} (from {source})",
  'cli.doctor.passed': 'Connection check passed: WeChat accepted a request signed with this key from this computer (took {duration}).',
  'cli.doctor.whitelistHint': 'If the network or the computer changes, make sure the new public IP is on the code-upload IP whitelist:\n  {link}',
  'cli.upload.done': 'Uploaded: {name} {version} (robot {robot}), took {duration}',
  'cli.upload.next': 'Next: in 版本管理 on the admin site, choose this development version as the trial version, or submit it for review:\n  {link}',
  'cli.preview.saved': 'Preview QR code saved: {file} (took {duration})',
  'cli.preview.scan': 'Scan it with WeChat to open the preview; the code expires after a while (about 25 minutes), then make a new one.',
  'err.cli.key-missing': 'No code-upload key was given.',
  'err.cli.key-missing.next': 'Pass --key <file> (private.<appid>.key), or set MP_PRIVATE_KEY_PATH (a path) or MP_PRIVATE_KEY (the key text).',
  'err.cli.key-text-as-path': '{option} takes the path of the key file, but this looks like the key text itself (not shown, for safety).',
  'err.cli.key-text-as-path.next': 'Use --key <path>; to pass the key text itself, put it in MP_PRIVATE_KEY.',
  'err.cli.not-built': 'The upload worker of mp-release has not been built: {file}',
  'err.cli.not-built.next': 'Run `npm run build` first.',
  'err.cli.qr-write-failed': 'The QR code was made but could not be written to {path}',
  'err.cli.qr-write-failed.next': 'Check that the folder exists and is writable.',
  'err.cli.unknown-command': 'Unknown command "{command}"; the commands are {commands}.',
  'err.cli.unknown-command.next': 'Run `mp-release --help` for usage.',
  'err.cli.unknown-option': 'Unknown option {option}.',
  'err.cli.unknown-option.next': "Run `mp-release {command} --help` for this command's options.",
  'err.cli.bad-option-value': 'The value of {option} is not right.',
  'err.cli.bad-option-value.next': 'Run `mp-release {command} --help` for usage.',
  'err.cli.bad-arguments': 'The command line is not right.',
  'err.cli.bad-arguments.next': 'Run `mp-release {command} --help` for usage.',
  'err.cli.missing-dir': 'Missing the project folder <dir>.',
  'err.cli.missing-dir.next': 'Give the project folder after the command, such as `mp-release {command} ./my-miniprogram`.',
  'err.cli.extra-args':
    'Only one project folder, but {count, plural, one {# more argument was} other {# more arguments were}} given{shown, select, hidden { (they look like key text, so they are not shown)} other {: {shown}}}',
  'err.cli.extra-args.next': 'Quote paths with spaces; run `mp-release {command} --help` for usage.',
  'err.cli.bad-timeout': '--timeout needs seconds from 1 to {max}, got "{value}".',
  'err.cli.bad-timeout.next': 'For example --timeout 900 waits at most 15 minutes.',
  'err.cli.bad-robot': '--robot needs a number from 1 to 30, got "{value}".',
  'err.cli.bad-robot.next': "For example --robot 2; a robot's upload replaces its development version.",
  'err.cli.missing-qr': 'Missing --qr <file>: where to save the QR code (.png, .jpg or .txt).',
  'err.cli.missing-qr.next': 'For example --qr preview.png.',
  'err.cli.bad-qr-file': '--qr must end in .png, .jpg or .txt, got "{value}".',
  'err.cli.bad-qr-file.next': 'For example --qr preview.png; .txt gets the data URL.',
  'err.cli.bad-ip-service': '--ip-service needs an https:// URL, got "{value}".',
  'err.cli.bad-ip-service.next': 'For example --ip-service https://api.ipify.org.',
  'err.cli.bad-proxy': 'The proxy from {source}, "{value}", is not right; expected something like http://127.0.0.1:7890.',
  'err.cli.bad-proxy.next': "Correct {source}; for no proxy use --proxy ''''.",
  'err.cli.bad-lang': '--lang is zh-CN or en, got "{value}".',
  'err.cli.bad-lang.next': 'For example --lang en for English output.',
  'cli.doctor.sharedEntry': 'The network leaves through several exits in one range: the single entry {entry} covers them all.',
  'cli.doctor.severalExits': 'The network leaves through {count, plural, one {# exit} other {# exits}}: add every address to the whitelist (it holds at most {limit} entries).',
  'cli.progress.elapsed': '{s, plural, one {# s} other {# s}} so far',
};
