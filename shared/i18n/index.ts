import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang, MessageParams } from '../model';
import { en } from './en';
import { messageArguments } from './message-arguments';
import { zhCN } from './zh-CN';

// One localisation system for the renderer, the error catalogue and the CLI: one dictionary per
// language, ICU messages (plurals, selects) formatted by formatjs's intl-messageformat.

export type MessageKey = keyof typeof zhCN;

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface Compiled {
  format: IntlMessageFormat;
  args: Set<string>;
}

const compiled = new Map<string, Compiled>();

export function compileMessage(lang: Lang, key: MessageKey): Compiled {
  const id = `${lang}\u0000${key}`;
  let entry = compiled.get(id);
  if (!entry) {
    // ignoreTag: the words contain `<dir>` and `private.<appid>.key`, which are not markup.
    const format = new IntlMessageFormat(DICTIONARIES[lang][key], lang, undefined, { ignoreTag: true });
    entry = { format, args: messageArguments(format.getAst()) };
    compiled.set(id, entry);
  }
  return entry;
}

/** A missing parameter shows as "?" instead of throwing: a card with a gap beats no card. */
const MISSING = '?';

export function translator(lang: Lang): Translate {
  return (key, params = {}) => {
    const { format, args } = compileMessage(lang, key);
    const values: Record<string, string | number> = {};
    for (const name of args) values[name] = params[name] ?? MISSING;
    return String(format.format(values));
  };
}

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}
