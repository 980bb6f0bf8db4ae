import { readProject } from '../../services/project/read-project';
import type { CommandArgs } from '../cli-args';
import { EXIT, printJson, printProblems, type CliIo } from '../cli-io';
import { describeForCli } from '../cli-problems';
import { projectSummaryText } from '../project-summary-text';

/** `mp-release check <dir>`: the project step of the wizard, without a window. */
export async function checkCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const report = await readProject(args.dir);
  const errors = report.problems.filter((p) => p.severity === 'error');
  const ok = errors.length === 0 && report.summary !== null;

  if (args.json) {
    printJson(io, { ok, summary: report.summary, problems: report.problems.map(describeForCli), otherRoots: report.otherRoots });
  } else if (report.summary) {
    io.stdout.write(projectSummaryText(report.summary));
  }
  printProblems(io, report.problems);
  if (!args.json) {
    const warnings = report.problems.length - errors.length;
    if (ok) io.stdout.write(warnings ? `检查通过，有 ${warnings} 条提醒（见上）。\n` : '检查通过，可以上传。\n');
    else io.stderr.write(`有 ${errors.length} 个问题需要先解决，才能上传。\n`);
  }
  return ok ? EXIT.ok : EXIT.problem;
}
