import { stripComments } from '../domains/strip-comments';

// A page's WXML as the reviewer sees it: its tags in order, the visible text between them, and its
// buttons with the text each shows. Comments are blanked with the domain scan's markup reader
// first (a commented-out page is an empty page), and inline <wxs> scripts are not text.

export interface WxmlButton {
  offset: number;
  openType: string;
  /** bindtap / catchtap / bind:tap, as written. */
  handler: string;
  /** What the button says, whitespace collapsed. */
  text: string;
  /** Visible characters (no spaces) before the button on the page. */
  textBefore: number;
  /** Whether something dynamic (a `{{…}}` text or a wx:for list) comes before it. */
  dynamicBefore: boolean;
}

export interface WxmlPage {
  /** Every tag name that opens, lower-case. */
  tags: Set<string>;
  /** The visible text outside buttons, whitespace collapsed. */
  textOutsideButtons: string;
  /** All visible text, whitespace collapsed. */
  text: string;
  /** A `{{…}}` in the text or a wx:for list: content that comes from data. */
  dynamic: boolean;
  /** A wx:for list: many things from data, which no login page shows. */
  list: boolean;
  buttons: WxmlButton[];
}

/** An opening tag (quoted values may hold `>`), a closing tag, or an inline script to skip. */
const TOKEN = /<wxs\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/wxs\s*>|<\/([A-Za-z][\w-]*)\s*>|<([A-Za-z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) found.set(match[1]!.toLowerCase(), (match[2] ?? match[3] ?? match[4] ?? '').trim());
  return found;
}

const collapse = (text: string) => text.replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!).replace(/\s+/g, ' ').trim();
const visibleLength = (text: string) => text.replace(/\s+/g, '').length;

export function readWxml(source: string): WxmlPage {
  const code = stripComments(source, 'markup');
  const tags = new Set<string>();
  const buttons: WxmlButton[] = [];
  const outside: string[] = [];
  const all: string[] = [];
  let dynamic = false;
  let list = false;
  let seen = 0;
  let at = 0;
  let button: WxmlButton | null = null;
  const addText = (raw: string) => {
    const text = collapse(raw);
    if (!text) return;
    if (text.includes('{{')) dynamic = true;
    all.push(text);
    if (button) button.text = collapse(`${button.text} ${text}`);
    else outside.push(text);
    seen += visibleLength(text);
  };
  for (const match of code.matchAll(TOKEN)) {
    addText(code.slice(at, match.index));
    at = match.index + match[0].length;
    if (match[1]) {
      if (match[1].toLowerCase() === 'button' && button) {
        buttons.push(button);
        button = null;
      }
      continue;
    }
    const name = match[2]?.toLowerCase();
    if (!name) continue; // an inline <wxs> module
    tags.add(name);
    const attrText = match[3] ?? '';
    const attrs = attributes(attrText);
    if (attrs.has('wx:for') || attrs.has('wx:for-items')) dynamic = list = true;
    if (name !== 'button') continue;
    const found: WxmlButton = {
      offset: match.index,
      openType: attrs.get('open-type') ?? '',
      handler: attrs.get('bindtap') ?? attrs.get('catchtap') ?? attrs.get('bind:tap') ?? attrs.get('catch:tap') ?? '',
      text: '',
      textBefore: seen,
      dynamicBefore: dynamic,
    };
    if (attrText.trimEnd().endsWith('/')) buttons.push(found);
    else button = found;
  }
  addText(code.slice(at));
  if (button) buttons.push(button);
  return { tags, textOutsideButtons: outside.join(' '), text: all.join(' '), dynamic, list, buttons };
}
