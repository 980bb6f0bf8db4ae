import type { Translate } from '../../shared/i18n';
import type { Lang, Problem } from '../../shared/model';
import { describeForCli, formatProblem, isUsageProblem, type CliProblem } from './cli-problems';

// Where the CLI writes, and in which language. stdout carries only the result (the JSON document
// with --json); progress, problems and notes go to stderr, so `mp-release upload --json > out.json`
// stays clean.

export interface CliStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Where `explain-rejection` reads a piped text from. */
export interface CliInput extends AsyncIterable<string | Uint8Array> {
  isTTY?: boolean;
}

export interface CliStreams {
  stdin?: CliInput;
  stdout: CliStream;
  stderr: CliStream;
  env: NodeJS.ProcessEnv;
}

export interface CliIo extends CliStreams {
  lang: Lang;
  t: Translate;
}

export const EXIT = { ok: 0, problem: 1, usage: 2, interrupted: 130 } as const;

export function processStreams(): CliStreams {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function describe(io: CliIo, problem: Problem): CliProblem {
  return describeForCli(problem, io.lang);
}

export function printProblems(io: CliIo, problems: readonly Problem[]): CliProblem[] {
  const described = problems.map((problem) => describe(io, problem));
  for (const problem of described) io.stderr.write(formatProblem(problem, io.t));
  return described;
}

/**
 * Reports a failure the same way everywhere: the words on stderr (unless already printed) and,
 * with --json, `{ ok: false, problem }` on stdout. Returns the exit code to use.
 */
export function fail(io: CliIo, json: boolean, problem: Problem, extra: Record<string, unknown> = {}, print = true): number {
  const described = print ? printProblems(io, [problem])[0] : describe(io, problem);
  if (json) printJson(io, { ok: false, problem: described, ...extra });
  return isUsageProblem(problem.code) ? EXIT.usage : problem.code === 'ci.cancelled' ? EXIT.interrupted : EXIT.problem;
}

/** Hides a password in a proxy URL before it is shown. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}
