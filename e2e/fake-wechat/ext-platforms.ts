import { json, type Reply } from './wechat-replies';

// 第三方平台 development appids and the merchant appids (extAppid) each may upload for. getattr answers
// `platform: true` for such an appid, which is what makes miniprogram-ci compile ext.json; an upload with
// an `extAppId` query the platform is not authorised for gets WeChat's refusal (the library wraps any
// errCode != 0 as CodeError 20003 with the raw body, shared/errors/classify-ci-error.ts reads the words).

export const EXT_NOT_AUTH_MESSAGE = '3rd upload or preview error, dev platform ext appid not auth';

/** The refusal as the library sees it: errCode != 0 and WeChat's sentence. */
export const extAppidNotAuth = (): Reply => json({ errCode: -1, errMsg: EXT_NOT_AUTH_MESSAGE });

export class ExtPlatforms {
  private readonly authorised = new Map<string, Set<string>>();

  /** `devAppid` becomes a platform whose uploads may name these extAppids; null makes it an ordinary app again. */
  set(devAppid: string, extAppids: readonly string[] | null): void {
    if (extAppids === null) this.authorised.delete(devAppid);
    else this.authorised.set(devAppid, new Set(extAppids));
  }

  isPlatform(appid: unknown): boolean {
    return typeof appid === 'string' && this.authorised.has(appid);
  }

  /** The refusal for an upload naming an extAppid its development appid may not upload for, else null. */
  refusal(devAppid: string, extAppId: string | undefined): Reply | null {
    if (extAppId === undefined) return null;
    return this.authorised.get(devAppid)?.has(extAppId) ? null : extAppidNotAuth();
  }
}

/**
 * The merchant's config as compiled into the package: ext.json is shipped as /ext.json (and its fields are
 * merged into /app.json too, measured with miniprogram-ci 2.1.42); only when getattr said `platform: true`.
 */
export function compiledExtConfig(files: Map<string, Buffer>): { extAppid?: unknown; ext?: unknown; directCommit?: unknown } | undefined {
  const compiled = files.get('/ext.json');
  if (!compiled) return undefined;
  try {
    const parsed = JSON.parse(compiled.toString('utf8')) as Record<string, unknown>;
    return { extAppid: parsed.extAppid, ext: parsed.ext, directCommit: parsed.directCommit };
  } catch {
    return undefined;
  }
}
