import { createRequire } from 'node:module';

// project.attr() swallows server errors and returns defaults, so it proves nothing. This makes
// the same signed getattr request through miniprogram-ci's own signing and HTTP code (so the
// same proxy and CA handling as an upload) and fails on any errCode, as an upload would.
const require = createRequire(__filename);

interface SignModule {
  getSignature(privateKey: string, appid: string): Promise<string>;
}
interface RequestModule {
  request(options: { url: string; method: string; body: string; headers: Record<string, string> }): Promise<{ body: string }>;
  setCiProxy(proxy: string): void;
}
interface UrlConfig {
  GET_ATTR_URL: string;
}

/** A failure carrying the server's body, shaped like miniprogram-ci's own upload errors (code 20003). */
class ServerRefusal extends Error {
  readonly code = 20003;
}

/** What getattr told about the appid: whether it was ever released (null when the answer does not say). */
export interface AttrAnswer {
  released: boolean | null;
  /** The whole answer, what project.attr() would fetch for an upload. */
  attr: Record<string, unknown> | null;
}

/** The library's signing and request modules (a spare job process loads them ahead, job-worker.ts). */
export function loadSigningModules(): { sign: SignModule; requests: RequestModule; urls: UrlConfig } {
  return {
    sign: require('miniprogram-ci/dist/utils/sign') as SignModule,
    requests: require('miniprogram-ci/dist/utils/request') as RequestModule,
    urls: require('miniprogram-ci/dist/config/url.config') as UrlConfig,
  };
}

/**
 * Loads only the library's signing and request modules (about 0.15 s), not the whole library with its
 * compilers (about 0.9 s): the check is most of the time the operator waits on this step.
 */
export async function checkConnection(appid: string, privateKey: string, proxy: string | null): Promise<AttrAnswer> {
  const { sign, requests, urls } = loadSigningModules();
  const { getSignature } = sign;
  const { request, setCiProxy } = requests;
  if (proxy) setCiProxy(proxy);
  const { GET_ATTR_URL } = urls;
  const signature = await getSignature(privateKey, appid);
  const { body } = await request({
    url: GET_ATTR_URL,
    method: 'post',
    body: JSON.stringify({ appid, signature }),
    headers: { 'content-type': 'application/json' },
  });
  let parsed: { errCode?: unknown; data?: { released?: unknown } & Record<string, unknown> };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    throw new ServerRefusal(`Error: ${body}`);
  }
  if (parsed.errCode !== 0) throw new ServerRefusal(`Error: ${body}`);
  // The 提审 step shows the first-release checklist on `released: false`; anything but a boolean is "unknown".
  const released = parsed.data?.released;
  const attr = parsed.data && typeof parsed.data === 'object' ? parsed.data : null;
  return { released: typeof released === 'boolean' ? released : null, attr };
}
