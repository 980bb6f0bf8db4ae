import { WHITELIST_LABELS, WHITELIST_TYPES, type DomainScanResult } from '../../../shared/domains';
import { copyList } from '../../../shared/domain-rules';
import { blockingProblems, canRelease } from '../../../shared/verdict';
import { checkProject } from '../../services/release/check-project';
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

/** `mp-release check <dir>`: the verdict the project step shows and every upload is decided on. */
export async function checkCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const check = await checkProject(args.dir);
  const ok = canRelease(check);
  if (args.json) {
    printJson(io, {
      ok,
      summary: check.summary,
      problems: check.problems.map(describeForCli),
      otherRoots: check.otherRoots,
      domains: check.domains ? domainsJson(check.domains) : null,
    });
  } else if (check.summary) {
    io.stdout.write(projectSummaryText(check.summary));
    if (check.domains) io.stdout.write(domainsText(check.domains));
  }
  printProblems(io, check.problems);
  if (!args.json) {
    const errors = blockingProblems(check.problems).length;
    const warnings = check.problems.length - errors;
    if (ok) io.stdout.write(warnings ? `检查通过，有 ${warnings} 条提醒（见上）。\n` : '检查通过，可以上传。\n');
    else io.stderr.write(`有 ${errors} 个问题需要先解决。\n`);
  }
  return ok ? EXIT.ok : EXIT.problem;
}
