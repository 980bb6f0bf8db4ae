import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, describeProblem, type ProblemCode } from '../errors';
import { DICTIONARIES, LANGS, translator, type MessageKey } from './index';
import { messageArguments } from './message-arguments';

const keys = (lang: (typeof LANGS)[number]) => Object.keys(DICTIONARIES[lang]).sort();

/** Plural elements (type 6) of a message, by argument name. */
function pluralArguments(ast: readonly unknown[]): Set<string> {
  const found = new Set<string>();
  const walk = (elements: ReadonlyArray<{ type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }>) => {
    for (const element of elements) {
      if (element.type === 6 && typeof element.value === 'string') found.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value as typeof elements);
    }
  };
  walk(ast as Parameters<typeof walk>[0]);
  return found;
}

const parse = (lang: (typeof LANGS)[number], key: MessageKey) => new IntlMessageFormat(DICTIONARIES[lang][key], lang, undefined, { ignoreTag: true });

describe('the dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(keys('en')).toEqual(keys('zh-CN'));
    for (const lang of LANGS) {
      const empty = Object.entries(DICTIONARIES[lang]).filter(([, text]) => text.trim() === '');
      expect(empty, lang).toEqual([]);
    }
  });

  it('parse as ICU messages, with the same arguments in both languages', () => {
    const mismatched: string[] = [];
    for (const key of keys('zh-CN') as MessageKey[]) {
      const [zh, en] = LANGS.map((lang) => [...messageArguments(parse(lang, key).getAst())].sort().join(','));
      if (zh !== en) mismatched.push(`${key}: zh {${zh}} en {${en}}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('give every problem code its words, and hold no words for a code that does not exist', () => {
    const codes = new Set(Object.keys(CATALOGUE));
    for (const code of codes) {
      expect(DICTIONARIES['zh-CN'], code).toHaveProperty([`err.${code}`]);
      expect(DICTIONARIES['zh-CN'], code).toHaveProperty([`err.${code}.next`]);
    }
    const orphans = keys('zh-CN')
      .filter((key) => key.startsWith('err.'))
      .map((key) => key.slice(4).replace(/\.(next|next-cli|cli)$/, ''))
      .filter((code) => !codes.has(code));
    expect(orphans).toEqual([]);
  });

  it('say counts with real plurals in English: no "(s)", every count-like argument pluralised', () => {
    const countLike = new Set(['count', 'files', 'pages', 'subs']);
    const wrong: string[] = [];
    for (const key of keys('en') as MessageKey[]) {
      const text = DICTIONARIES.en[key];
      if (/\(s\)/.test(text)) wrong.push(`${key}: (s)`);
      const ast = parse('en', key).getAst();
      const plurals = pluralArguments(ast);
      for (const name of messageArguments(ast)) if (countLike.has(name) && !plurals.has(name)) wrong.push(`${key}: {${name}} not pluralised`);
    }
    expect(wrong).toEqual([]);
  });

  it('plural forms come out right in both languages', () => {
    const en = translator('en');
    const zh = translator('zh-CN');
    expect(en('project.blocked', { count: 1 })).toMatch(/^1 problem must be fixed/);
    expect(en('project.blocked', { count: 3 })).toMatch(/^3 problems must be fixed/);
    expect(en('summary.files', { count: 1 })).toBe('1 file');
    expect(en('summary.files', { count: 20000 })).toBe('20,000 files');
    expect(en('cli.summary.pageCounts', { count: 5, main: 3, subs: 1 })).toBe('5 pages: 3 in the main package, 1 subpackage');
    expect(en('cli.summary.pageCounts', { count: 1, main: 1, subs: 0 })).toBe('1 page: 1 in the main package');
    expect(zh('project.blocked', { count: 1 })).toBe('有 1 个问题需要先解决，解决后请重新拖入文件夹。');
    expect(zh('cli.summary.pageCounts', { count: 5, main: 3, subs: 2 })).toBe('共 5 个：主包 3 个，分包 2 个');
    expect(zh('cli.summary.pageCounts', { count: 3, main: 3, subs: 0 })).toBe('共 3 个：主包 3 个');
  });

  it('follow each language in punctuation: no full-width marks in English, no ASCII colon-space in Chinese', () => {
    const fullWidth = /[：，。；！？（）「」、]/;
    const english = keys('en').filter((key) => fullWidth.test(DICTIONARIES.en[key as MessageKey]));
    expect(english).toEqual([]);
    const chinese = keys('zh-CN').filter((key) => /[\u4e00-\u9fff]: /.test(DICTIONARIES['zh-CN'][key as MessageKey]));
    expect(chinese).toEqual([]);
  });

  it('tell a terminal user what to do in a terminal, not in the app window', () => {
    const windowWords = { 'zh-CN': /拖入|设置里|点「|一步|重新打开项目/, en: /\bdrop (it|the|a)\b|you dropped|settings|\bclick\b|\bstep\b|open the project again/i };
    const params = { appid: 'wx0123456789abcdef', path: '/p', file: 'app.json', count: 2 };
    const wrong: string[] = [];
    for (const code of Object.keys(CATALOGUE) as ProblemCode[]) {
      if (code.startsWith('app.drop-') || code === 'app.settings-recovered' || code.startsWith('key.') && ['key.insecure-storage', 'key.store-failed', 'key.missing', 'key.unreadable', 'key.appid-unknown'].includes(code)) continue;
      for (const lang of LANGS) {
        const described = describeProblem({ code, severity: 'error', params }, lang, { surface: 'cli' });
        if (windowWords[lang].test(`${described.message} ${described.next}`)) wrong.push(`${code} (${lang}): ${described.message} / ${described.next}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
