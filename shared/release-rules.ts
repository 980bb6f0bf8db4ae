import type { CompileType, Problem } from './model';

// Rules for what the operator types before an upload (WECHAT-FACTS.md, "Version and notes").

// WeChat documents a format for plugins only (three numbers of at most three digits); for a mini program
// miniprogram-ci checks only that a version is there and sends it in the upload's query string. The rest
// is the app's own rule: a digit first (so it reads as a version and the next one can be suggested), then
// letters and digits with single `.`, `-` or `_` between them: 1.2.3, 1.2.3.4, 2026.11.30, 1.2.3-beta.1.
// No spaces, no other marks, no Chinese: what WeChat does with those is unknown, and no team needs them.
const VERSION = /^\d[0-9A-Za-z]*(?:[._-][0-9A-Za-z]+)*$/;
const PLUGIN_VERSION = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** The app's own cap (WeChat documents none): room for 1.2.3-beta.20261130.4 and more, never a sentence. */
export const VERSION_MAX = 32;
export const ROBOT_MIN = 1;
export const ROBOT_MAX = 30;
/** The robot whose 开发版本 an upload replaces when none is chosen. */
export const DEFAULT_ROBOT = 1;
/** The longest 项目备注 the app accepts; longer notes have failed as a dropped connection. */
export const NOTES_MAX = 2048;

/** Plugins (and mini game plugins) follow WeChat's plugin version rule. */
export function isPluginType(compileType: CompileType): boolean {
  return compileType === 'plugin' || compileType === 'gamePlugin';
}

/**
 * The version as it would be uploaded (trimmed), checked against the rules above. An empty version has
 * produced "success but nothing in 版本管理", so it is refused outright.
 */
export function versionProblem(version: string, compileType: CompileType): Problem | null {
  const trimmed = version.trim();
  if (trimmed === '') return { code: 'ci.version-empty', severity: 'error' };
  const length = [...trimmed].length;
  if (length > VERSION_MAX) return { code: 'version.too-long', severity: 'error', params: { length, max: VERSION_MAX } };
  const pattern = isPluginType(compileType) ? PLUGIN_VERSION : VERSION;
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
