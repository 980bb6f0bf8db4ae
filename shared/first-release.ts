import type { MpPage } from './deep-links';

// What a Mini Program needs on the admin site before its first 提交审核 (WECHAT-FACTS.md item 6),
// and what the app knows of whether this appid was ever released.

/** In the order the operator does them: the platform asks for basic info first. */
export const FIRST_RELEASE_ITEMS = ['basicInfo', 'category', 'beian', 'privacy', 'members'] as const;
export type FirstReleaseItem = (typeof FIRST_RELEASE_ITEMS)[number];

/** Where each item is done. 备案 has no page of its own: its 「去备案」 button is on 首页. */
export const FIRST_RELEASE_PAGES: Record<FirstReleaseItem, MpPage> = {
  basicInfo: 'basicSettings',
  category: 'category',
  beian: 'home',
  privacy: 'privacy',
  members: 'members',
};

export interface FirstReleaseState {
  /** getattr's `released` from the last connection check for this appid; null when never asked or not said. */
  released: boolean | null;
  /** When that answer came (ISO time); null when none did. */
  answeredAt: string | null;
  /** The operator said "这是第一次发布" (WeChat's answer may be stale, or about another account's history). */
  operatorSaysFirst: boolean;
  /** Items the operator ticked as done, in checklist order. */
  done: FirstReleaseItem[];
}

export const UNKNOWN_FIRST_RELEASE: FirstReleaseState = { released: null, answeredAt: null, operatorSaysFirst: false, done: [] };

/** Open unless WeChat said the app was released before and the operator did not say otherwise. */
export function checklistOpen(state: FirstReleaseState): boolean {
  return state.operatorSaysFirst || state.released !== true;
}
