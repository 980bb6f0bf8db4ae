import type { Problem } from '../../shared/model';
import { usageProblem } from './cli-problems';

// The job runner strips every inherited proxy variable from the job process, so whatever proxy
// the CLI's own shell asks for must be chosen here and passed on explicitly.

export type ProxyChoice = { ok: true; proxy: string | null; source: string | null } | { ok: false; problem: Problem };

const WECHAT_HOST = 'servicewechat.com';

/** True when NO_PROXY / no_proxy exempts servicewechat.com (exact, suffix or '*'). */
function exempted(env: NodeJS.ProcessEnv): boolean {
  const list = (env.NO_PROXY ?? env.no_proxy ?? '').split(/[\s,]+/).filter(Boolean);
  return list.some((entry) => {
    const host = entry.replace(/^\*?\./, '').replace(/:\d+$/, '').toLowerCase();
    return entry === '*' || host === WECHAT_HOST || WECHAT_HOST.endsWith(`.${host}`);
  });
}

function checked(proxy: string, source: string, command: string): ProxyChoice {
  let protocol: string;
  try {
    protocol = new URL(proxy).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:') return { ok: false, problem: usageProblem('cli.bad-proxy', { source, value: proxy }, command) };
  return { ok: true, proxy, source };
}

export function chooseProxy(flag: string | undefined, env: NodeJS.ProcessEnv, command: string): ProxyChoice {
  if (flag !== undefined) return flag === '' ? { ok: true, proxy: null, source: '--proxy' } : checked(flag, '--proxy', command);
  for (const name of ['HTTPS_PROXY', 'https_proxy'] as const) {
    const value = env[name];
    if (value) return exempted(env) ? { ok: true, proxy: null, source: 'NO_PROXY' } : checked(value, name, command);
  }
  return { ok: true, proxy: null, source: null };
}
