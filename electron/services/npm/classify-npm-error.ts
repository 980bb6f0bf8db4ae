import type { Problem } from '../../../shared/model';

// Turns what npm's libraries threw during an install into a catalogue problem that names the
// package and the registry. Runs in the job process, where the error still has its fields:
// npm-registry-fetch's HttpErrors (code 'E404', statusCode, uri, pkgid), npm-pick-manifest's
// ETARGET (name, wanted), and system errors from the socket or the file system (code, syscall, path).
// npm's raw text stays in `detail`.

export interface NpmErrorContext {
  /** The registry a package comes from (the project's .npmrc, the app's setting, npm's default). */
  registryFor(name: string): string;
  /** The proxy the install went through; null for none. */
  proxy: string | null;
  /** The folder node_modules was being written into. */
  folder: string;
}

interface NpmErrorFields {
  code?: unknown;
  statusCode?: unknown;
  uri?: unknown;
  pkgid?: unknown;
  name?: unknown;
  wanted?: unknown;
  message?: unknown;
  syscall?: unknown;
  path?: unknown;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNABORTED',
  'EPIPE',
  'ERR_SOCKET_TIMEOUT',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'FETCH_ERROR',
  'EPROTO',
]);
const WRITE_CODES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'EBUSY', 'EDQUOT', 'EMFILE']);

export function classifyNpmError(error: unknown, context: NpmErrorContext): Problem {
  const fields: NpmErrorFields = typeof error === 'object' && error !== null ? (error as NpmErrorFields) : {};
  const code = typeof fields.code === 'string' ? fields.code : '';
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  const uri = typeof fields.uri === 'string' ? fields.uri : urlInMessage(message);
  const status = typeof fields.statusCode === 'number' ? fields.statusCode : Number(/^E(\d{3})$/.exec(code)?.[1] ?? NaN);
  const pkg = packageOf(fields, code, uri);
  const registry = registryOf(uri, pkg, context);
  const problem = (id: Problem['code'], params: Problem['params'] = {}): Problem => ({
    code: id,
    severity: 'error',
    params: { package: pkg || '?', registry, ...params },
    detail: [code, message].filter(Boolean).join(': '),
  });

  if (status === 404) return problem('npm.not-found');
  if (status === 401 || status === 403) return problem('npm.refused', { status });
  if (code === 'ETARGET' || code === 'ENOVERSIONS') return problem('npm.no-version', { wanted: typeof fields.wanted === 'string' ? fields.wanted : '?' });
  if (NETWORK_CODES.has(code) || /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET)\b|socket hang up|network timeout/i.test(message)) {
    return problem('npm.offline', { proxy: context.proxy ?? 'none' });
  }
  if (WRITE_CODES.has(code)) return problem('npm.write-failed', { folder: context.folder, reason: code });
  return problem('npm.install-failed');
}

/** "request to https://r.example/dayjs failed, reason: …" names the URL when the error has no field for it. */
function urlInMessage(message: string): string {
  return /\b(https?:\/\/[^\s,]+)/.exec(message)?.[1] ?? '';
}

function packageOf(fields: NpmErrorFields, code: string, uri: string): string {
  // npm-pick-manifest sets `name` to the package name (replacing Error's name).
  if (code === 'ETARGET' && typeof fields.name === 'string') return fields.name;
  if (typeof fields.pkgid === 'string' && fields.pkgid) return nameOfSpec(fields.pkgid);
  return uri ? packageInUrl(uri) : '';
}

/** "dayjs@1.11.10", "@vant/weapp@^1.11.0" → the name. */
function nameOfSpec(spec: string): string {
  const at = spec.indexOf('@', 1);
  return at === -1 ? spec : spec.slice(0, at);
}

/**
 * The package a registry URL is for: …/dayjs, …/@vant%2fweapp (packuments), …/dayjs/-/dayjs-1.11.10.tgz,
 * …/@vant/weapp/-/weapp-1.11.0.tgz (tarballs), whatever path the registry itself has.
 */
export function packageInUrl(uri: string): string {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(uri).pathname);
  } catch {
    return '';
  }
  const tarball = pathname.indexOf('/-/');
  const segments = (tarball === -1 ? pathname : pathname.slice(0, tarball)).split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  const scope = segments.at(-2);
  const name = scope?.startsWith('@') ? `${scope}/${last}` : last;
  return /^(@[^/]+\/)?[^/@]+$/.test(name) ? name : '';
}

/** The registry to name: the package's configured one, or the host actually asked (a lockfile may name another). */
function registryOf(uri: string, pkg: string, context: NpmErrorContext): string {
  const configured = context.registryFor(pkg);
  if (!uri || uri.startsWith(configured)) return configured;
  try {
    return `${new URL(uri).origin}/`;
  } catch {
    return configured;
  }
}
