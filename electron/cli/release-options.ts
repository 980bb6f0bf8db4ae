import type { CompileType, Problem } from '../../shared/model';

// The same rules the release wizard applies before an upload (WECHAT-FACTS.md §3–4): an empty
// version has produced "success but nothing in 版本管理", plugins need x.y.z, robots are 1–30.

const VERSION = /^\d+(\.\d+){0,3}$/;
const PLUGIN_VERSION = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export function checkVersion(raw: string | undefined, compileType: CompileType): { ok: true; version: string } | { ok: false; problem: Problem } {
  const version = (raw ?? '').trim();
  if (!version) return { ok: false, problem: { code: 'ci.version-empty', severity: 'error' } };
  const pattern = compileType === 'plugin' || compileType === 'gamePlugin' ? PLUGIN_VERSION : VERSION;
  if (!pattern.test(version)) return { ok: false, problem: { code: 'ci.version-invalid', severity: 'error', params: { version } } };
  return { ok: true, version };
}

export function checkRobot(raw: string | undefined): { ok: true; robot: number } | { ok: false; problem: Problem } {
  if (raw === undefined) return { ok: true, robot: 1 };
  const text = raw.trim();
  const robot = Number(text);
  if (!/^\d+$/.test(text) || robot < 1 || robot > 30) {
    return { ok: false, problem: { code: 'ci.robot-invalid', severity: 'error', params: { robot: raw } } };
  }
  return { ok: true, robot };
}
