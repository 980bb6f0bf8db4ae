// WeChat's package size limits (WECHAT-FACTS.md). The live values also come back
// from the signed getattr call; these are the published defaults.
const MB = 1024 * 1024;

export const SIZE_LIMITS = {
  mainPackage: 2 * MB,
  subpackage: 2 * MB,
  total: 20 * MB,
} as const;

/** AppIDs are "wx" followed by 16 hex digits. */
export const APPID_PATTERN = /^wx[0-9a-f]{16}$/i;

export const TOURIST_APPID = 'touristappid';
