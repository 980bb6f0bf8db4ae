import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang, MessageParams, Problem } from '../../shared/model';
import { langFlag, parseLang, systemLang } from './cli-lang';
import { usageProblem, type UsageCode } from './cli-problems';
import { looksLikeKeyText } from './private-key';

// The commands and their options. Each command accepts only its own options, so a
// misplaced flag (e.g. `check --key`) is a usage error instead of being silently ignored.

export const COMMANDS = ['check', 'doctor', 'upload', 'preview', 'explain-rejection', 'batch'] as const;
/** Two hours: longer than any upload of a 30 MB package should take, and far below what timers can hold. */
export const MAX_TIMEOUT_SECONDS = 7200;
export type CommandName = (typeof COMMANDS)[number];

type Options = NonNullable<ParseArgsConfig['options']>;

const common = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } } satisfies Options;
const connection = { key: { type: 'string' }, proxy: { type: 'string' }, timeout: { type: 'string' } } satisfies Options;

const OPTIONS: Record<CommandName, Options> = {
  check: { ...common },
  doctor: { ...common, ...connection, 'ip-service': { type: 'string', multiple: true } },
  upload: { ...common, ...connection, version: { type: 'string' }, desc: { type: 'string' }, robot: { type: 'string' } },
  preview: { ...common, ...connection, qr: { type: 'string' }, page: { type: 'string' }, query: { type: 'string' }, robot: { type: 'string' } },
  'explain-rejection': { ...common },
  batch: { ...common, ...connection, 'key-dir': { type: 'string' } },
};

export interface CommandArgs {
  /** The project folder; for explain-rejection the text file, '' (or '-') for stdin. */
  dir: string;
  json: boolean;
  key?: string;
  /** batch: the folder holding private.<appid>.key files (default: the config file's folder). */
  keyDir?: string;
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

export type ParsedCommandLine = { lang: Lang } & (
  | { kind: 'help'; command?: CommandName }
  | { kind: 'run'; command: CommandName; args: CommandArgs }
  | { kind: 'usage-error'; problem: Problem; json: boolean; command?: CommandName }
);

function isCommand(name: string | undefined): name is CommandName {
  return COMMANDS.includes(name as CommandName);
}

export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedCommandLine {
  const [first, ...rest] = argv;
  const json = argv.includes('--json');
  // Known before anything else, so even a usage error speaks the asked-for language.
  const asked = langFlag(argv);
  const lang = (asked === null ? null : parseLang(asked)) ?? systemLang(env);
  if (asked !== null && parseLang(asked) === null) {
    return { lang, kind: 'usage-error', problem: usageProblem('cli.bad-lang', { value: asked }), json };
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { lang, kind: 'help', command: isCommand(rest[0]) ? rest[0] : undefined };
  }
  if (!isCommand(first)) {
    return { lang, kind: 'usage-error', problem: usageProblem('cli.unknown-command', { command: first, commands: COMMANDS.join(', ') }), json };
  }
  const command = first;
  const usage = (code: UsageCode, params: MessageParams = {}, detail?: string): ParsedCommandLine => ({
    lang,
    kind: 'usage-error',
    problem: usageProblem(code, params, command, detail),
    json,
    command,
  });
  let parsed: { values: Record<string, string | boolean | Array<string | boolean> | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usage('cli.unknown-option', { option }, message);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usage('cli.bad-option-value', { option }, message);
    return usage('cli.bad-arguments', {}, message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { lang, kind: 'help', command };
  // explain-rejection may read its text from stdin instead of a file.
  if (positionals.length === 0 && command !== 'explain-rejection') return usage('cli.missing-dir');
  if (positionals.length > 1) {
    // A key pasted unquoted into the command line arrives as extra words; those are counted, never echoed.
    const extra = positionals.slice(1);
    return usage('cli.extra-args', { count: extra.length, shown: extra.some(looksLikeKeyText) ? 'hidden' : extra.join(' ') });
  }
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const args: CommandArgs = {
    dir: positionals[0] ?? '',
    json: values.json === true,
    key: text('key'),
    keyDir: text('key-dir'),
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
      return usage('cli.bad-timeout', { value: timeout, max: MAX_TIMEOUT_SECONDS });
    }
    args.timeoutSeconds = seconds;
  }
  const robot = text('robot');
  if (robot !== undefined) {
    // Number('') is 0 and Number('1e1') is 10: only plain digits count as a robot number.
    if (!/^\d{1,3}$/.test(robot.trim())) return usage('cli.bad-robot', { value: robot });
    args.robot = Number(robot.trim());
  }
  if (command === 'preview') {
    if (!args.qr) return usage('cli.missing-qr');
    if (!/\.(png|jpe?g|txt)$/i.test(args.qr)) return usage('cli.bad-qr-file', { value: args.qr });
  }
  for (const service of args.ipServices ?? []) {
    if (!/^https:\/\//.test(service)) return usage('cli.bad-ip-service', { value: service });
  }
  return { lang, kind: 'run', command, args };
}
