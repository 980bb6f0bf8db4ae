import type { PlaceholderReason } from '../../../shared/readiness';
import { NOT_WORDS, PLACEHOLDER_FILLERS, PLACEHOLDER_PHRASES } from './review-words';
import type { WxmlPage } from './wxml-text';

// Pages without content, the 无具体内容 rejection: a page with nothing on it (only comments, spaces and
// empty views), or one whose only text is a placeholder such as 敬请期待. Anything that comes from
// data ({{…}}, wx:for) or any component beyond plain containers and decoration counts as content.

/** Containers that show nothing by themselves. */
const EMPTY_TAGS = new Set(['view', 'text', 'block', 'cover-view', 'scroll-view', 'swiper', 'swiper-item', 'label', 'page-meta', 'navigation-bar', 'import', 'wxs']);

/** What may stand beside a placeholder text without making the page content: a picture, a way back. */
const DECORATION_TAGS = new Set([...EMPTY_TAGS, 'image', 'icon', 'cover-image', 'button', 'navigator']);

/** What may be left of a text once placeholder phrases, filler words and punctuation are gone: a short title ("会员中心", "Member Center"). */
const LEFT_OVER_MAX = 12;

const PLACEHOLDER_SHOWN_MAX = 80;

function onlyTags(page: WxmlPage, allowed: ReadonlySet<string>): boolean {
  for (const tag of page.tags) if (!allowed.has(tag)) return false;
  return true;
}

/** Whether the text is a placeholder phrase and nothing else worth reading. */
export function isPlaceholderText(text: string): boolean {
  if (!text.match(PLACEHOLDER_PHRASES)) return false;
  const rest = text.replace(PLACEHOLDER_PHRASES, ' ').replace(PLACEHOLDER_FILLERS, ' ').replace(NOT_WORDS, '');
  return rest.length <= LEFT_OVER_MAX;
}

/** Why the page has no content for a reviewer, or null when it has some. */
export function placeholderReason(page: WxmlPage): { reason: PlaceholderReason; text: string } | null {
  if (page.dynamic) return null;
  if (page.text === '' && onlyTags(page, EMPTY_TAGS)) return { reason: 'empty', text: '' };
  if (page.text !== '' && onlyTags(page, DECORATION_TAGS) && isPlaceholderText(page.text)) {
    return { reason: 'placeholder', text: page.text.slice(0, PLACEHOLDER_SHOWN_MAX) };
  }
  return null;
}
