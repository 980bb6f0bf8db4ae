import type { CompileType, Problem } from './model';

// Rules for what the operator types before an upload (WECHAT-FACTS.md, "Version and notes").

const VERSION = /^\d+(\.\d+){0,3}$/;
const PLUGIN_VERSION = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;
export const ROBOT_MIN = 1;
export const ROBOT_MAX = 30;
/** The robot whose 开发版本 an upload replaces when none is chosen. */
export const DEFAULT_ROBOT = 1;
/** The longest 项目备注 the app accepts; longer notes have failed as a dropped connection. */
export const NOTES_MAX = 2048;

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

/** Notes longer than the cap are refused with their length, never cut silently. */
export function notesProblem(desc: string | undefined): Problem | null {
  const length = [...(desc ?? '')].length;
  return length > NOTES_MAX ? { code: 'ci.notes-too-long', severity: 'error', params: { length, max: NOTES_MAX } } : null;
}

/** The first rule the typed release options break, or null when they are fine. */
export function releaseOptionsProblem(options: { version?: string; robot?: number; desc?: string }, compileType: CompileType): Problem | null {
  return (
    (options.version === undefined ? null : versionProblem(options.version, compileType)) ??
    robotProblem(options.robot ?? DEFAULT_ROBOT) ??
    notesProblem(options.desc)
  );
}
