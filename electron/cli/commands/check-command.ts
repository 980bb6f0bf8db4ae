import { WHITELIST_LABELS, WHITELIST_TYPES, type DomainScanResult } from '../../../shared/domains';
import { copyList } from '../../../shared/domain-rules';
import type { Problem } from '../../../shared/model';
import { scanDomains } from '../../services/domains/scan-domains';
import { readProject } from '../../services/project/read-project';
import type { CommandArgs } from '../cli-args';
import { EXIT, printJson, printProblems, type CliIo } from '../cli-io';
import { describeForCli } from '../cli-problems';
import { projectSummaryText } from '../project-summary-text';

function domainsJson(scan: DomainScanResult) {
  return {
    byType: scan.byType,
    copyLists: Object.fromEntries(WHITELIST_TYPES.map((type) => [type, copyList(scan, type)])),
    problems: scan.problems.map(describeForCli),
    filesScanned: scan.filesScanned,
  };
}

function domainsText(scan: DomainScanResult): string {
  const lines = ['', '服务器域名（粘贴到 开发管理 → 开发设置 → 服务器域名）：'];
  for (const type of WHITELIST_TYPES) {
    const list = copyList(scan, type);
    lines.push(`  ${WHITELIST_LABELS[type]}：${list || '（无）'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `mp-release check <dir>`: the project step and the domain scan of the wizard, without a window. */
export async function checkCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const report = await readProject(args.dir);
  const scan = report.summary
    ? await scanDomains({ projectRoot: report.summary.projectRoot, miniprogramRoot: report.summary.miniprogramRoot })
    : null;
  const problems: Problem[] = [...report.problems, ...(scan?.problems ?? [])];
  const errors = problems.filter((p) => p.severity === 'error');
  const ok = errors.length === 0 && report.summary !== null;

  if (args.json) {
    printJson(io, {
      ok,
      summary: report.summary,
      problems: report.problems.map(describeForCli),
      otherRoots: report.otherRoots,
      domains: scan ? domainsJson(scan) : null,
    });
  } else if (report.summary) {
    io.stdout.write(projectSummaryText(report.summary));
    if (scan) io.stdout.write(domainsText(scan));
  }
  printProblems(io, problems);
  if (!args.json) {
    const warnings = problems.length - errors.length;
    if (ok) io.stdout.write(warnings ? `检查通过，有 ${warnings} 条提醒（见上）。\n` : '检查通过，可以上传。\n');
    else io.stderr.write(`有 ${errors.length} 个问题需要先解决。\n`);
  }
  return ok ? EXIT.ok : EXIT.problem;
}
