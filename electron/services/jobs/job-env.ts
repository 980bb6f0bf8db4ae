import os from 'node:os';

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

/**
 * Compile worker threads. miniprogram-ci sizes its pool once, when it is loaded
 * (corecompiler/original/workerThread/getWorkerPoolSize.js reads COMPILE_THREADS, else takes
 * os.cpus().length), so the `threads` option of upload() (which sets the variable at call time) comes
 * too late in a job process that has loaded the library already; the variable is set at process
 * start instead, one thread per core the process may use (os.availableParallelism(), which respects
 * CPU affinity where os.cpus() does not). Measured on two cores, a 1,000-file project, median of 5
 * alternating pairs: 2 threads took 0.86× the time of 1 with the machine otherwise quiet, 1.12× with
 * it loaded by other work (load 7); an operator's machine runs the app mostly alone. An explicit
 * COMPILE_THREADS in the app's environment wins.
 */
export function compileThreads(parallelism = os.availableParallelism()): number {
  return Math.max(1, parallelism);
}

/** The environment of a job process: the parent's, without inherited proxies, and never a secret. */
export function jobProcessEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (!INHERITED_PROXY_VARS.includes(name) && !name.startsWith('MP_PRIVATE_KEY')) env[name] = value;
  }
  // miniprogram-ci looks for a global proxy only when servicewechat.com is not excluded.
  env.NO_PROXY = 'servicewechat.com';
  env.COMPILE_THREADS ??= String(compileThreads());
  return env;
}
