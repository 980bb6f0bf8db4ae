import type { Problem } from '../model';
import type { ProblemCode } from './index';

// Turns whatever miniprogram-ci threw into a catalogue problem. Its errors are `CodeError`s:
// a numeric `code` (dist/config/config.js) and a message that often wraps the server's raw
// answer, e.g. 20003 `Error: {"errCode":-10008,"errMsg":"invalid ip: 1.2.3.4, …"}`. The message
// decides before the code: one code covers many causes (10009 is any JSON content error; 20001
// is any failure to get the random string, an HTML error page as well as no network).

export interface CiFailure {
  code?: number | string;
  name?: string;
  message: string;
}

const COMPILE_CODES = new Set([10006, 10007, 10008, 10031, 10032, 10033, 10034, 10035, 10036, 10037, 10038]);
/** The server answered, but not with JSON: an error page from WeChat or from something in between. */
const NOT_JSON = /<html|<!doctype|Unexpected token|is not valid JSON|Unexpected end of JSON/i;
/** miniprogram-ci's own words (en and zh locales) for a plugin whose version is "dev" outside a plugin project. */
const PLUGIN_DEV = /cannot be dev\b|不能为 dev|choose the plugin mode|选择插件模式/i;
/** `["usingComponents"]["x"]: "<path>", component not found in the path: …` (or the zh locale's 未找到组件). */
const COMPONENT_NOT_FOUND = /"([^"]+)",?\s*(?:component not found|，?在 .* 路径下未找到组件)/i;
const NETWORK_ERRNOS = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED)\b/;
const DROP_ERRNOS = /\b(ECONNRESET|EPIPE)\b|socket hang up/i;

function serverAnswer(message: string): { errCode?: number; errMsg?: string } | null {
  const start = message.indexOf('{');
  if (start < 0) return null;
  try {
    const parsed = JSON.parse(message.slice(start)) as { errCode?: unknown; errMsg?: unknown };
    return {
      errCode: typeof parsed.errCode === 'number' ? parsed.errCode : undefined,
      errMsg: typeof parsed.errMsg === 'string' ? parsed.errMsg : undefined,
    };
  } catch {
    const errCode = /errCode:\s*(-?\d+)/.exec(message)?.[1];
    const errMsg = /errMsg:\s*(.*)$/m.exec(message)?.[1];
    return errCode ? { errCode: Number(errCode), errMsg } : null;
  }
}

/** A component path that is neither relative nor absolute names an npm package (miniprogram_npm). */
function missingComponent(message: string): 'npm' | 'file' | null {
  if (!/component not found|未找到组件/i.test(message)) return null;
  const path = COMPONENT_NOT_FOUND.exec(message)?.[1] ?? '';
  return /^[./]/.test(path) || path.startsWith('plugin://') ? 'file' : 'npm';
}

/** A "file:line" the compiler named, relative to the project, when it named one. */
function compileLocation(message: string): Pick<Problem, 'file' | 'line' | 'column'> {
  const file = /([\w@$.\-/\\]+\.(?:json|js|ts|wxml|wxss|wxs))(?![\w])/i.exec(message);
  if (!file?.[1]) return {};
  const rest = message.slice(file.index + file[1].length);
  const place = /[:(]\s*(\d+)[:,]\s*(\d+)|line\s*(\d+)(?:\D+column\s*(\d+))?/i.exec(rest);
  const line = place?.[1] ?? place?.[3];
  const column = place?.[2] ?? place?.[4];
  return {
    file: file[1].replace(/\\/g, '/'),
    line: line ? Number(line) : undefined,
    column: column ? Number(column) : undefined,
  };
}

export function classifyCiError(failure: CiFailure, context: { appid: string }): Problem {
  const { message } = failure;
  const code = typeof failure.code === 'string' && /^\d+$/.test(failure.code) ? Number(failure.code) : failure.code;
  const problem = (id: ProblemCode, extra: Partial<Problem> = {}): Problem => ({
    code: id,
    severity: 'error',
    detail: [code === undefined ? undefined : `code ${code}`, message].filter(Boolean).join(': '),
    ...extra,
  });
  const answer = serverAnswer(message);

  const ip = /invalid ip:?\s*([0-9a-fA-F.:]+[0-9a-fA-F])/i.exec(message)?.[1];
  if (ip || answer?.errCode === -10008) return problem('ci.invalid-ip', { params: { ip: ip ?? '?' } });
  if (/ext appid not auth/i.test(message)) return problem('ci.ext-appid-not-auth');
  if (/get new ticket fail/i.test(message) || answer?.errCode === -1) return problem('ci.key-mismatch', { params: { appid: context.appid } });
  if (answer?.errCode === 80051 || /exceed max limit/i.test(message)) return problem('ci.package-too-large');
  if (answer?.errCode === 80082 || /plugin permission deny/i.test(message)) return problem('ci.plugin-denied');
  if (/tunneling socket/i.test(message)) return problem('ci.proxy-failed');
  if (/No `qrcode_img`/.test(message)) return problem('ci.preview-no-qr');
  if (/__NO_NODE_MODULES__/.test(message)) return problem('ci.npm-not-installed');
  if (PLUGIN_DEV.test(message)) return problem('ci.plugin-dev-version', compileLocation(message));
  const component = missingComponent(message);
  if (component === 'npm') return problem('ci.npm-not-built', compileLocation(message));
  if (component === 'file') return problem('ci.component-missing', compileLocation(message));

  switch (code) {
    case 20002:
      return problem('ci.key-invalid', { params: { appid: context.appid } });
    case 20000:
      return problem('ci.app-json-missing');
    case 30000:
      return problem('ci.project-type-mismatch');
    case 10009:
      return problem('ci.json-content', compileLocation(message));
    case 10005:
      return problem('ci.file-missing', compileLocation(message));
  }
  if (typeof code === 'number' && COMPILE_CODES.has(code)) return problem('ci.compile-failed', compileLocation(message));
  // After the compile codes: a JS syntax error also says "Unexpected token", but it comes with its code.
  if (NOT_JSON.test(message) || failure.name === 'SyntaxError') return problem('ci.server-error');

  if (DROP_ERRNOS.test(message) || failure.code === 'ECONNRESET') return problem('ci.connection-dropped');
  if (NETWORK_ERRNOS.test(message) || code === 20001) return problem('ci.network');
  if (answer?.errCode !== undefined && answer.errCode !== 0) {
    return problem('ci.server-rejected', { params: { errCode: answer.errCode, errMsg: answer.errMsg ?? '' } });
  }
  if (code === 20003) return problem('ci.server-error');
  return problem('app.unknown');
}
