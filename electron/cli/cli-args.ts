import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Problem } from '../../shared/model';
import { usageProblem } from './cli-problems';
import { looksLikeKeyText } from './private-key';

// The four commands and their options. Each command accepts only its own options, so a
// misplaced flag (e.g. `check --key`) is a usage error instead of being silently ignored.

export const COMMANDS = ['check', 'doctor', 'upload', 'preview'] as const;
/** Two hours: longer than any upload of a 30 MB package should take, and far below what timers can hold. */
export const MAX_TIMEOUT_SECONDS = 7200;
export type CommandName = (typeof COMMANDS)[number];

type Options = NonNullable<ParseArgsConfig['options']>;

const common = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } satisfies Options;
const connection = { key: { type: 'string' }, proxy: { type: 'string' }, timeout: { type: 'string' } } satisfies Options;

const OPTIONS: Record<CommandName, Options> = {
  check: { ...common },
  doctor: { ...common, ...connection, 'ip-service': { type: 'string', multiple: true } },
  upload: { ...common, ...connection, version: { type: 'string' }, desc: { type: 'string' }, robot: { type: 'string' } },
  preview: { ...common, ...connection, qr: { type: 'string' }, page: { type: 'string' }, query: { type: 'string' }, robot: { type: 'string' } },
};

export interface CommandArgs {
  dir: string;
  json: boolean;
  key?: string;
  proxy?: string;
  /** Seconds, already checked to be within 1..MAX_TIMEOUT_SECONDS. */
  timeoutSeconds?: number;
  ipServices?: string[];
  version?: string;
  desc?: string;
  /** Digits only, as written; the release rules check the range. */
  robot?: number;
  qr?: string;
  page?: string;
  query?: string;
}

export type ParsedCommandLine =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'run'; command: CommandName; args: CommandArgs }
  | { kind: 'usage-error'; problem: Problem; json: boolean; command?: CommandName };

const PARSE_ERRORS: Record<string, string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: '不认识的选项',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: '选项的值不对',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: '多余的参数',
};

function isCommand(name: string | undefined): name is CommandName {
  return COMMANDS.includes(name as CommandName);
}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const [first, ...rest] = argv;
  const json = argv.includes('--json');
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { kind: 'help', command: isCommand(rest[0]) ? rest[0] : undefined };
  }
  if (!isCommand(first)) {
    const problem = usageProblem(`不认识的命令「${first}」，可用的命令：${COMMANDS.join('、')}。`, `Unknown command "${first}"; commands: ${COMMANDS.join(', ')}.`);
    return { kind: 'usage-error', problem, json };
  }
  const command = first;
  const usage = (zh: string, en: string): ParsedCommandLine => ({ kind: 'usage-error', problem: usageProblem(zh, en, command), json, command });

  let parsed: { values: Record<string, string | boolean | Array<string | boolean> | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    return usage(`${PARSE_ERRORS[code] ?? '参数有误'}：${message}`, message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', command };
  if (positionals.length === 0) return usage('缺少项目文件夹 <dir>。', 'Missing the project folder <dir>.');
  if (positionals.length > 1) {
    // A key pasted unquoted into the command line arrives as extra words; those are counted, never echoed.
    const extra = positionals.slice(1);
    const shown = extra.some(looksLikeKeyText) ? `${extra.length} 个` : extra.join(' ');
    return usage(`只能指定一个项目文件夹，多出了：${shown}`, `Only one project folder, got extra: ${extra.some(looksLikeKeyText) ? extra.length : shown}`);
  }

  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const args: CommandArgs = {
    dir: positionals[0]!,
    json: values.json === true,
    key: text('key'),
    proxy: text('proxy'),
    ipServices: Array.isArray(values['ip-service']) ? values['ip-service'].map(String) : undefined,
    version: text('version'),
    desc: text('desc'),
    qr: text('qr'),
    page: text('page'),
    query: text('query'),
  };

  const timeout = text('timeout');
  if (timeout !== undefined) {
    const seconds = Number(timeout);
    if (!/^\d+(\.\d+)?$/.test(timeout.trim()) || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
      return usage(`--timeout 要填 1 到 ${MAX_TIMEOUT_SECONDS} 之间的秒数，收到的是「${timeout}」。`, `--timeout needs seconds from 1 to ${MAX_TIMEOUT_SECONDS}, got "${timeout}".`);
    }
    args.timeoutSeconds = seconds;
  }
  const robot = text('robot');
  if (robot !== undefined) {
    // Number('') is 0 and Number('1e1') is 10: only plain digits count as a robot number.
    if (!/^\d{1,3}$/.test(robot.trim())) return usage(`--robot 要填 1 到 30 的数字，收到的是「${robot}」。`, `--robot needs a number from 1 to 30, got "${robot}".`);
    args.robot = Number(robot.trim());
  }
  if (command === 'preview') {
    if (!args.qr) return usage('缺少 --qr <文件>：二维码要保存到哪里（.png / .jpg / .txt）。', 'Missing --qr <file>: where to save the QR code (.png, .jpg or .txt).');
    if (!/\.(png|jpe?g|txt)$/i.test(args.qr)) return usage('--qr 的文件名要以 .png、.jpg 或 .txt 结尾。', '--qr must end in .png, .jpg or .txt.');
  }
  for (const service of args.ipServices ?? []) {
    if (!/^https?:\/\//.test(service)) return usage(`--ip-service 要填 http(s) 地址，收到的是「${service}」。`, `--ip-service needs an http(s) URL, got "${service}".`);
  }
  return { kind: 'run', command, args };
}
