import { linkUrl } from '../../../shared/deep-links';
import { describeRejection, type DescribedCause } from '../../../shared/rejection/describe-rejection';
import { explainRejection } from '../../../shared/rejection/explain-rejection';
import type { CommandArgs } from '../cli-args';
import { EXIT, printJson, printProblems, type CliIo } from '../cli-io';
import { readRejectionText } from '../rejection-input';

/** The JSON of one cause; `link` is the address to open (admin pages through the login page). */
function causeJson(cause: DescribedCause) {
  return { id: cause.id, title: cause.title, why: cause.why, fix: cause.fix, link: linkUrl(cause.link), appeal: cause.appeal };
}

const indent = (text: string, by: string) => text.replace(/^/gm, by);

function causeText(io: CliIo, cause: DescribedCause, number: number | null): string {
  const lines = [number === null ? cause.title : `${number}. ${cause.title}`];
  lines.push(`   ${io.t('rejection.why')}${cause.why}`, `   ${io.t('rejection.fix')}${cause.fix}`, `   ${io.t('rejection.cli.link')}${linkUrl(cause.link)}`);
  if (cause.matched.length > 0) lines.push(`   ${io.t('rejection.cli.matched')}${cause.matched.join(io.t('list.separator'))}`);
  lines.push(`   ${io.t('rejection.cli.appeal')}`, indent(cause.appeal, '     '));
  // WeChat's form is read in Chinese: an English reader gets the text to paste as well.
  if (io.lang !== 'zh-CN') lines.push(`   ${io.t('rejection.cli.appealZh')}`, indent(cause.appealZh, '     '));
  return `${lines.join('\n')}\n`;
}

/** `mp-release explain-rejection [file]`: WeChat's 审核不通过 text → likely causes, fixes, pages and an appeal text. */
export async function explainRejectionCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const input = await readRejectionText(args.dir, io.stdin);
  if (!input.ok) {
    const [problem] = printProblems(io, [input.problem]);
    if (args.json) printJson(io, { ok: false, problem });
    return EXIT.usage;
  }
  const explanation = explainRejection(input.text);
  const described = describeRejection(explanation, io.lang);
  if (args.json) {
    printJson(io, {
      text: explanation.text,
      known: explanation.known,
      causes: explanation.known ? described.map(causeJson) : [],
      // For a text no rule explains: the general advice the app shows.
      advice: explanation.known ? null : causeJson(described[0]!),
    });
    return EXIT.ok;
  }
  const heading = io.t(explanation.known ? 'rejection.cli.heading' : 'rejection.cli.unknown');
  const blocks = described.map((cause, i) => causeText(io, cause, explanation.known ? i + 1 : null));
  io.stdout.write(`${heading}\n\n${blocks.join('\n')}`);
  return EXIT.ok;
}
