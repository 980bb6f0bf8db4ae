import type { Problem, ProjectReport } from './model';

// What decides whether a project may be released, in one place for the app and the CLI:
// an 'error' blocks every job that builds the project; a 'warning' is shown and blocks nothing.

export function blockingProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

/** Read to the end, with no blocking problem. */
export function canRelease(report: Pick<ProjectReport, 'summary' | 'problems'> | null): boolean {
  return Boolean(report?.summary) && blockingProblems(report!.problems).length === 0;
}

/** Errors first, so the card that blocks the release is read first; otherwise in the order found, without repeats. */
export function orderProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = `${problem.code}|${problem.file ?? ''}|${problem.line ?? ''}|${JSON.stringify(problem.params ?? {})}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...blockingProblems(unique), ...unique.filter((p) => p.severity === 'warning')];
}
