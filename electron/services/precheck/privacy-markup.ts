import type { PrivacyCategory } from '../../../shared/precheck';
import { stripComments } from '../domains/strip-comments';
import { NICKNAME_INPUT_TYPE, PRIVACY_OPEN_TYPE_CATEGORY, PRIVACY_TAG_CATEGORIES } from './privacy-apis';

// Privacy components in WXML: <camera>, <live-pusher>, <voip-room>, <button open-type="getPhoneNumber">
// (and the other open-types that hand over user information), <input type="nickname">. Comments
// are blanked first with the domain scan's markup reader, so a commented-out <camera> is not a use.
// An open-type bound at run time (open-type="{{type}}") says nothing and is not counted.

export interface MarkupHit {
  category: PrivacyCategory;
  /** As shown for evidence: `<camera>`, `open-type="getPhoneNumber"`. */
  api: string;
  offset: number;
}

/** A tag with its attribute text; quoted values may hold `>` (`{{ a > b }}`). */
const TAG = /<([A-Za-z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) found.set(match[1]!.toLowerCase(), (match[2] ?? match[3] ?? match[4] ?? '').trim());
  return found;
}

export function findPrivacyMarkup(text: string): MarkupHit[] {
  const code = stripComments(text, 'markup');
  const hits: MarkupHit[] = [];
  for (const match of code.matchAll(TAG)) {
    const tag = match[1]!.toLowerCase();
    const offset = match.index;
    for (const category of PRIVACY_TAG_CATEGORIES.get(tag) ?? []) hits.push({ category, api: `<${tag}>`, offset });
    if (tag !== 'button' && tag !== 'input') continue;
    const attrs = attributes(match[2] ?? '');
    const openType = attrs.get('open-type');
    const openCategory = tag === 'button' && openType ? PRIVACY_OPEN_TYPE_CATEGORY.get(openType) : undefined;
    if (openCategory) hits.push({ category: openCategory, api: `open-type="${openType}"`, offset });
    if (tag === 'input' && attrs.get('type') === NICKNAME_INPUT_TYPE) hits.push({ category: 'userInfo', api: `<input type="${NICKNAME_INPUT_TYPE}">`, offset });
  }
  return hits;
}
