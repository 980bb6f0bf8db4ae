import type { Lang } from '../../shared/model';

/** `--lang` as written, or null when the command line does not say (read before parsing, for every message). */
export function langFlag(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return null;
}

export function parseLang(value: string): Lang | null {
  const normal = value.trim().toLowerCase().replace('_', '-');
  if (normal === 'en' || normal.startsWith('en-')) return 'en';
  if (normal === 'zh' || normal.startsWith('zh-')) return 'zh-CN';
  return null;
}

/** The system's language as POSIX tells it (LC_ALL, then LC_MESSAGES, then LANG): English when it says so, else Chinese. */
export function systemLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'zh-CN';
}
