// WeChat's package size limits (WECHAT-FACTS.md, the subpackage doc): the main package and each
// subpackage 2 MB, the whole Mini Program 30 MB, or 20 MB when a service provider develops it for
// the owner (服务商代开发: ext.json with extEnable). The live values also come back from the signed
// getattr call; these are the published ones.
const MB = 1024 * 1024;

export const SIZE_LIMITS = {
  mainPackage: 2 * MB,
  subpackage: 2 * MB,
  total: 30 * MB,
  /** The whole Mini Program when developed by a service provider (third-party platform, ext.json extEnable). */
  totalThirdParty: 20 * MB,
} as const;

/** The whole Mini Program's limit, for a project developed by the owner or by a service provider. */
export function totalSizeLimit(thirdParty: boolean): number {
  return thirdParty ? SIZE_LIMITS.totalThirdParty : SIZE_LIMITS.total;
}

/** AppIDs are "wx" followed by 16 hex digits. */
export const APPID_PATTERN = /^wx[0-9a-f]{16}$/i;

export const TOURIST_APPID = 'touristappid';
