import { APPID_PATTERN } from './limits';

// 批量发布's 「按商家 AppID 分发」: the operator pastes merchant AppIDs (from a spreadsheet, a chat), one
// a line; each becomes a row of the same 第三方平台 template. Pure, so the page and its tests agree.

export interface ExtAppidLines {
  /** Valid AppIDs in the order given, each once (lower case, as WeChat writes them). */
  appids: string[];
  /** Non-empty lines that are not an AppID, as typed (trimmed), each once. */
  invalid: string[];
}

/** Splits on new lines, commas (also full-width), semicolons and whitespace, so a pasted column or list both work; blank parts are skipped. */
export function parseExtAppidLines(text: string): ExtAppidLines {
  const appids: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;\uFF0C\uFF1B]+/)) {
    if (!part) continue;
    if (APPID_PATTERN.test(part)) {
      const appid = part.toLowerCase();
      if (!appids.includes(appid)) appids.push(appid);
    } else if (!invalid.includes(part)) invalid.push(part);
  }
  return { appids, invalid };
}
