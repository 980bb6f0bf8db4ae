// Proxy variables miniprogram-ci (through `request` and `get-proxy`) would otherwise pick up by
// accident, from the shell or from npm's config. The app decides the proxy and passes it explicitly.
const INHERITED_PROXY_VARS = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'all_proxy',
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_http_proxy',
  'NO_PROXY',
  'no_proxy',
];

/** The environment of a job process: the parent's, without inherited proxies, and never a secret. */
export function jobProcessEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (!INHERITED_PROXY_VARS.includes(name) && !name.startsWith('MP_PRIVATE_KEY')) env[name] = value;
  }
  // miniprogram-ci looks for a global proxy only when servicewechat.com is not excluded.
  env.NO_PROXY = 'servicewechat.com';
  return env;
}
