import { WHITELIST_LABELS, WHITELIST_TYPES, type DomainScanResult } from '../../../shared/domains';
import { copyList, imageCopyList } from '../../../shared/domain-rules';
import { blockingProblems, canRelease } from '../../../shared/verdict';
import { checkProject } from '../../services/release/check-project';
import type { CommandArgs } from '../cli-args';
import { describe, EXIT, printJson, printProblems, type CliIo } from '../cli-io';
import { projectSummaryText } from '../project-summary-text';

/**
 * byType holds the hosts the code is shown to call (with the copy-ready lists); images the image
 * and media hosts (imageCopyList: for the downloadFile list if images fail to load); mentioned
 * the hosts only mentioned, in no list.
 */
function domainsJson(io: CliIo, scan: DomainScanResult) {
  return {
    byType: scan.byType,
    copyLists: Object.fromEntries(WHITELIST_TYPES.map((type) => [type, copyList(scan, type)])),
    images: scan.images,
    imageCopyList: imageCopyList(scan),
    mentioned: scan.mentioned,
    problems: scan.problems.map((problem) => describe(io, problem)),
    filesScanned: scan.filesScanned,
    largeFiles: scan.largeFiles,
  };
}

function domainsText(io: CliIo, scan: DomainScanResult): string {
  const lines = ['', io.t('cli.check.domainsHeading')];
  for (const type of WHITELIST_TYPES) {
    const entries = copyList(scan, type) || io.t('cli.check.none');
    lines.push(io.t('cli.check.domainLine', { list: WHITELIST_LABELS[type], entries }));
  }
  const images = imageCopyList(scan);
  if (images) lines.push('', io.t('cli.check.imagesHeading'), io.t('cli.check.domainLine', { list: WHITELIST_LABELS.downloadFile, entries: images }));
  if (scan.mentioned.length > 0) {
    const hosts = [...new Set(scan.mentioned.map((entry) => entry.host))].sort();
    lines.push('', io.t('cli.check.mentioned', { count: hosts.length, hosts: hosts.join(io.t('list.separator')) }));
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
      problems: check.problems.map((problem) => describe(io, problem)),
      candidates: check.candidates,
      domains: check.domains ? domainsJson(io, check.domains) : null,
    });
  } else if (check.summary) {
    io.stdout.write(projectSummaryText(check.summary, io.t));
    if (check.domains) io.stdout.write(domainsText(io, check.domains));
  }
  printProblems(io, check.problems);
  if (!args.json) {
    const errors = blockingProblems(check.problems).length;
    const warnings = check.problems.length - errors;
    if (ok) io.stdout.write(`${warnings ? io.t('cli.check.passedWithWarnings', { count: warnings }) : io.t('cli.check.passed')}\n`);
    else io.stderr.write(`${io.t('cli.check.blocked', { count: errors })}\n`);
  }
  return ok ? EXIT.ok : EXIT.problem;
}
