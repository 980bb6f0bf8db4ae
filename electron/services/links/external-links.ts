// The only hosts the app hands to the system browser. Anything else a page or a message
// tries to open is refused: a compromised renderer must not be able to launch arbitrary URLs.
const ALLOWED_HOSTS = new Set([
  'mp.weixin.qq.com',
  'developers.weixin.qq.com',
  'open.weixin.qq.com',
  'kf.qq.com',
]);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // The default port only: another port on an allowed host is another service.
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && ALLOWED_HOSTS.has(url.hostname);
}
