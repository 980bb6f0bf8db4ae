import type { CompileType, Problem } from '../../shared/model';
import { robotProblem, versionProblem } from '../../shared/release-rules';

// The wizard's rules (shared/release-rules), applied to what was typed on the command line.

export function checkVersion(raw: string | undefined, compileType: CompileType): { ok: true; version: string } | { ok: false; problem: Problem } {
  const version = (raw ?? '').trim();
  const problem = versionProblem(version, compileType);
  return problem ? { ok: false, problem } : { ok: true, version };
}

export function checkRobot(raw: string | undefined): { ok: true; robot: number } | { ok: false; problem: Problem } {
  if (raw === undefined) return { ok: true, robot: 1 };
  const text = raw.trim();
  // Number('') is 0 and Number('1e1') is 10: only plain digits count as a robot number.
  const problem = /^\d+$/.test(text) ? robotProblem(Number(text)) : robotProblem(Number.NaN);
  return problem ? { ok: false, problem: { ...problem, params: { robot: raw } } } : { ok: true, robot: Number(text) };
}
