import type { CompileType, Problem } from './model';

// Rules for what the operator types before an upload (WECHAT-FACTS.md, "Version and notes").

const VERSION = /^\d+(\.\d+){0,3}$/;
const PLUGIN_VERSION = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;
export const ROBOT_MIN = 1;
export const ROBOT_MAX = 30;

/** An empty version has produced "success but nothing in 版本管理", so it is refused outright. */
export function versionProblem(version: string, compileType: CompileType): Problem | null {
  const trimmed = version.trim();
  if (trimmed === '') return { code: 'ci.version-empty', severity: 'error' };
  const pattern = compileType === 'plugin' || compileType === 'gamePlugin' ? PLUGIN_VERSION : VERSION;
  return pattern.test(trimmed) ? null : { code: 'ci.version-invalid', severity: 'error', params: { version: trimmed } };
}

export function robotProblem(robot: number): Problem | null {
  return Number.isInteger(robot) && robot >= ROBOT_MIN && robot <= ROBOT_MAX
    ? null
    : { code: 'ci.robot-invalid', severity: 'error', params: { robot: String(robot) } };
}
