import { CLI_USAGE_ERRORS } from '../../shared/errors/cli-errors';
import { describeProblem, type ProblemCode } from '../../shared/errors/index';
import type { Translate } from '../../shared/i18n';
import type { Lang, MessageParams, Problem } from '../../shared/model';

/** A problem as the CLI prints it and as `--json` carries it: the raw fields plus the words. */
export interface CliProblem {
  code: string;
  severity: Problem['severity'];
  message: string;
  next: string;
  link?: string;
  location?: string;
  file?: string;
  line?: number;
  column?: number;
  params?: Problem['params'];
  detail?: string;
}

/** The catalogue's words for a terminal: where the app says "open the settings", this says which option. */
export function describeForCli(problem: Problem, lang: Lang): CliProblem {
  const described = describeProblem(problem, lang, { surface: 'cli' });
  const { code, severity, file, line, column, params, detail } = problem;
  return { code, severity, message: described.message, next: described.next, link: described.linkUrl, location: described.location, file, line, column, params, detail };
}

const DETAIL_LIMIT = 600;

/** The block written to stderr: `Error [code] message`, then where, what to do, the link and the detail. */
export function formatProblem(problem: CliProblem, t: Translate): string {
  const label = t(problem.severity === 'error' ? 'cli.label.error' : 'cli.label.warning');
  const lines = [`${label} [${problem.code}] ${problem.message}`];
  if (problem.location) lines.push(`  ${t('cli.label.where')}${problem.location}`);
  lines.push(`  ${t('cli.label.next')}${problem.next}`);
  if (problem.link) lines.push(`  ${t('cli.label.link')}${problem.link}`);
  if (problem.detail) {
    const detail = problem.detail.length > DETAIL_LIMIT ? `${problem.detail.slice(0, DETAIL_LIMIT)}…` : problem.detail;
    lines.push(`  ${t('cli.label.detail')}${detail.replace(/\n/g, '\n    ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export type UsageCode = keyof typeof CLI_USAGE_ERRORS;

/** A command line that cannot run as written; `command` points the next step at that command's help. */
export function usageProblem(code: UsageCode, params: MessageParams = {}, command = '', detail?: string): Problem {
  return { code, severity: 'error', params: { command, ...params }, detail };
}

export function isUsageProblem(code: ProblemCode): boolean {
  return code in CLI_USAGE_ERRORS;
}
