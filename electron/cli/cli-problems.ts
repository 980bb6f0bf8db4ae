import { linkUrl } from '../../shared/deep-links';
import { describeProblem, type Catalogue } from '../../shared/errors/index';
import type { Problem } from '../../shared/model';

// Problems only the command line can have (how the key and the arguments were given). They are
// described exactly like catalogue problems, so the output and the JSON look the same.
const CLI_ERRORS: Catalogue = {
  'cli.usage': {
    message: { zh: '{zh}', en: '{en}' },
    next: { zh: '运行 mp-release {command}--help 查看用法。', en: 'Run `mp-release {command}--help` for usage.' },
  },
  'cli.key-missing': {
    message: { zh: '没有提供小程序代码上传密钥。', en: 'No code-upload key was given.' },
    next: {
      zh: '用 --key <文件> 指定上传密钥文件（private.<appid>.key），或设置环境变量 MP_PRIVATE_KEY_PATH（文件路径）或 MP_PRIVATE_KEY（密钥内容）。',
      en: 'Pass --key <file> (private.<appid>.key), or set MP_PRIVATE_KEY_PATH (a path) or MP_PRIVATE_KEY (the key text).',
    },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'cli.key-text-as-path': {
    message: { zh: '{option} 要填密钥文件的路径，但这里填的像是密钥内容本身（为安全起见不显示）。', en: '{option} takes the path of the key file, but this looks like the key text itself (not shown, for safety).' },
    next: { zh: '改用 --key <文件路径>；如果要直接传密钥内容，请放在环境变量 MP_PRIVATE_KEY 里。', en: 'Use --key <path>; to pass the key text itself, put it in MP_PRIVATE_KEY.' },
  },
  'cli.not-built': {
    message: { zh: 'mp-release 的上传进程还没有构建：{file}', en: 'The upload worker has not been built: {file}' },
    next: { zh: '请先运行 npm run build。', en: 'Run `npm run build` first.' },
  },
  'cli.qr-write-failed': {
    message: { zh: '二维码生成了，但无法写入文件：{path}', en: 'The QR code was made but could not be written to {path}' },
    next: { zh: '检查文件夹是否存在、是否有写入权限。', en: 'Check that the folder exists and is writable.' },
  },
};

/** A problem as the CLI prints it and as `--json` carries it: the raw fields plus the words. */
export interface CliProblem {
  code: string;
  severity: Problem['severity'];
  message: string;
  next: string;
  link?: string;
  location?: string;
  file?: string;
  line?: number;
  column?: number;
  params?: Problem['params'];
  detail?: string;
}

function fill(template: string, params: Problem['params']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params?.[name] === undefined ? whole : String(params[name])));
}

export function describeForCli(problem: Problem): CliProblem {
  const local = CLI_ERRORS[problem.code];
  const described = local
    ? { message: fill(local.message.zh, problem.params), next: fill(local.next.zh, problem.params), linkUrl: local.link && linkUrl(local.link), location: undefined }
    : describeProblem(problem, 'zh-CN');
  const { code, severity, file, line, column, params, detail } = problem;
  return { code, severity, message: described.message, next: described.next, link: described.linkUrl, location: described.location, file, line, column, params, detail };
}

const DETAIL_LIMIT = 600;

/** The block written to stderr: `错误 [code] message`, then where, what to do, the link and the detail. */
export function formatProblem(problem: CliProblem): string {
  const label = problem.severity === 'error' ? '错误' : '提醒';
  const lines = [`${label} [${problem.code}] ${problem.message}`];
  if (problem.location) lines.push(`  位置：${problem.location}`);
  lines.push(`  怎么办：${problem.next}`);
  if (problem.link) lines.push(`  链接：${problem.link}`);
  if (problem.detail) {
    const detail = problem.detail.length > DETAIL_LIMIT ? `${problem.detail.slice(0, DETAIL_LIMIT)}…` : problem.detail;
    lines.push(`  技术细节：${detail.replace(/\n/g, '\n    ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function usageProblem(zh: string, en: string, command?: string): Problem {
  return { code: 'cli.usage', severity: 'error', params: { zh, en, command: command ? `${command} ` : '' } };
}
