import { translator } from '../../shared/i18n';
import { parseCommandLine, type CommandArgs, type CommandName } from './cli-args';
import { helpText } from './cli-help';
import { EXIT, fail, type CliIo, type CliStreams } from './cli-io';
import { batchCommand } from './commands/batch-command';
import { checkCommand } from './commands/check-command';
import { doctorCommand } from './commands/doctor-command';
import { explainRejectionCommand } from './commands/explain-rejection-command';
import { previewCommand } from './commands/preview-command';
import { uploadCommand } from './commands/upload-command';

const COMMAND_HANDLERS: Record<CommandName, (io: CliIo, args: CommandArgs) => Promise<number>> = {
  check: checkCommand,
  doctor: doctorCommand,
  upload: uploadCommand,
  preview: previewCommand,
  'explain-rejection': explainRejectionCommand,
  batch: batchCommand,
};

/** Runs one command line and returns the exit code; all output goes through `streams`, in the asked-for language. */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  const parsed = parseCommandLine(argv, streams.env);
  const io: CliIo = { ...streams, lang: parsed.lang, t: translator(parsed.lang) };
  switch (parsed.kind) {
    case 'help':
      io.stdout.write(helpText(io.t, parsed.command));
      return EXIT.ok;
    case 'usage-error':
      return fail(io, parsed.json, parsed.problem);
    case 'run':
      return COMMAND_HANDLERS[parsed.command](io, parsed.args);
  }
}
