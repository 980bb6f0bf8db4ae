import type { MessageKey, Translate } from '../../shared/i18n';
import type { CommandName } from './cli-args';

const HELP: Record<CommandName, MessageKey> = {
  check: 'cli.help.check',
  doctor: 'cli.help.doctor',
  upload: 'cli.help.upload',
  preview: 'cli.help.preview',
  'explain-rejection': 'cli.help.explain-rejection',
  batch: 'cli.help.batch',
};

/** The overview, or one command's details, in the command line's language. */
export function helpText(t: Translate, command?: CommandName): string {
  return t(command ? HELP[command] : 'cli.help.overview');
}
