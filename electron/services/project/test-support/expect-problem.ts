import { expect } from 'vitest';
import { describeProblem } from '../../../../shared/errors';
import type { Problem, ProjectReport } from '../../../../shared/model';

export interface ExpectedProblem {
  severity?: Problem['severity'];
  /** A distinctive part of the Chinese message the operator reads. */
  zh: string;
  file?: string;
  line?: number;
  column?: number;
  params?: Problem['params'];
}

/** Finds the one problem with `code` in the report and checks what the operator would see. */
export function expectProblem(report: ProjectReport, code: string, expected: ExpectedProblem): Problem {
  const matching = report.problems.filter((problem) => problem.code === code);
  expect(matching, `problems: ${JSON.stringify(report.problems, null, 1)}`).toHaveLength(1);
  const problem = matching[0]!;
  expect(problem.severity).toBe(expected.severity ?? 'error');
  if ('file' in expected) expect(problem.file).toBe(expected.file);
  if ('line' in expected) expect(problem.line).toBe(expected.line);
  if ('column' in expected) expect(problem.column).toBe(expected.column);
  if (expected.params) expect(problem.params).toMatchObject(expected.params);
  expect(describeProblem(problem, 'zh-CN').message).toContain(expected.zh);
  return problem;
}

export function codes(report: ProjectReport): string[] {
  return report.problems.map((problem) => problem.code);
}

export function errors(report: ProjectReport): Problem[] {
  return report.problems.filter((problem) => problem.severity === 'error');
}
