import { translator } from '../../shared/i18n';
import { langFlag, parseLang, systemLang } from './cli-lang';
import { processStreams } from './cli-io';
import { runCli } from './run-cli';

// Entry of the `mp-release` command (bundled to dist/cli/mp-release.mjs, started by bin/mp-release.js).

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

// A closed pipe (`mp-release check . | head`) is not a failure of the command.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

let exitCode: number;
try {
  exitCode = await runCli(process.argv.slice(2), processStreams());
} catch (error) {
  // Services report problems as values; reaching here is a bug, shown with its stack for the report.
  const asked = langFlag(process.argv.slice(2));
  const t = translator((asked && parseLang(asked)) || systemLang(process.env));
  process.stderr.write(`${t('cli.label.error')} [cli.internal] ${t('cli.internal')}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  exitCode = 1;
}
// Exit explicitly: lookups that lost the race (public IP services) may still hold sockets open.
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(exitCode);
