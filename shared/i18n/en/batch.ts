import type { batch as zh } from '../zh-CN/batch';

// Batch release: several projects uploaded in one go (the page, mp-release batch, and their problems).
export const batch: Record<keyof typeof zh, string> = {
  'batch.open': 'Batch release',
  'batch.close': 'Back to the wizard',
  'batch.heading': 'Batch release',
  'batch.help': 'Upload several projects at once: tick recently opened projects, give a shared version and notes (each row can change them), and up to {concurrency} upload at the same time. One failure does not stop the others, and failed rows can be retried.',
  'batch.pick': 'Projects',
  'batch.noRecent': 'No project opened yet. Open each project once in the wizard first, and import its upload key.',
  'batch.defaults': 'Shared version and notes',
  'batch.version': 'Version',
  'batch.desc': 'Release notes',
  'batch.rowVersion': 'Version for this row (empty: the shared one)',
  'batch.rowDesc': 'Notes for this row (empty: the shared ones)',
  'batch.ext.toggle': 'Upload for merchant AppIDs',
  'batch.ext.help': 'A third-party platform template (its code has ext.json) can be uploaded once for each merchant: one merchant Mini Program AppID a line, each its own row, one after another. The code goes straight to each merchant\'s list of versions waiting for review (the platform then submits it). Uploads use this project\'s (the development Mini Program\'s) key and IP whitelist. Every merchant gets the same ext config from ext.json; if merchants need different ones, ask a developer for a batch config file and upload it with mp-release batch. Leave it empty to upload the project as usual.',
  'batch.ext.label': 'Merchant AppIDs (one a line)',
  'batch.ext.count': 'Uploads once for each of {n} merchants.',
  'batch.ext.folded': '({n} merchants)',
  'batch.ext.invalid': 'These are not valid AppIDs; fix them before starting: {lines} (an AppID is wx followed by 16 digits or letters a–f)',
  'batch.row.ext': 'merchant {extAppid}',
  'batch.start': 'Start batch upload',
  'batch.cancel': 'Stop',
  'batch.retry': 'Retry failed projects',
  'batch.new': 'New batch',
  'batch.rows': 'Progress',
  'batch.state.queued': 'Queued',
  'batch.state.running': 'Uploading',
  'batch.state.ok': 'Succeeded',
  'batch.state.failed': 'Failed',
  'batch.percent': '{percent}%',
  'batch.summary': 'Done: {ok} of {total, plural, one {# project} other {# projects}} succeeded, {failed} failed.',
  'batch.attempts': 'attempt {n}',
  'batch.cli.row-running': '[{n}/{total}] uploading {name} {version}',
  'batch.cli.row-ok': '[{n}/{total}] uploaded {name} {version}',
  'batch.cli.row-failed': '[{n}/{total}] failed {name} {version}',
  'batch.cli.row-name-ext': '{name} (merchant {extAppid})',
  'cli.help.batch': `mp-release batch <config.json> [--key-dir <folder>] [--key <file>] [--proxy URL] [--timeout S] [--json]
  Uploads several projects as a config file lists them (format: docs/batch-config.schema.json): rows, one project
  folder each (relative to the config file), each with its own version, desc and robot or those of defaults;
  concurrency is how many upload at the same time (1-4, default 2).
  A third-party platform template (the project has ext.json): give each row an extAppid (the merchant's AppID) and
  optionally its ext (the merchant's config); one project may have several rows, which upload one after another.
  Keys: for each AppID, private.<AppID>.key in the --key-dir folder (default: the config file's folder), else --key / MP_PRIVATE_KEY.
  One failed project does not stop the others; the exit code is 1 when any failed. --json prints one summary.
`,
  'err.batch.appid-mismatch': 'This row names the AppID {appid}, but the project is {projectAppid}: it was not uploaded.',
  'err.batch.appid-mismatch.next': 'Remove the row\'s appid, or make it the project\'s own. To upload for a third-party platform\'s merchant, put the merchant\'s AppID in extAppid.',
  'err.batch.ext-missing': 'The project {project} has no usable ext.json: it is not a third-party platform template, so it cannot be uploaded for a merchant AppID.',
  'err.batch.ext-missing.next': 'Remove the row\'s extAppid to upload it as an ordinary project, or ask a developer to add ext.json to the code folder (see the guide), then retry.',
  'err.batch.config-unreadable': 'Could not read the batch config file {file}.',
  'err.batch.config-unreadable.next': 'Check the path and that the file can be read, then run the command again.',
  'err.batch.config-invalid': 'The batch config file {file} is not in the expected format ({where}).',
  'err.batch.config-invalid.next': 'Fix the file as docs/batch-config.schema.json describes (the technical details list each place), then run the command again.',
  'err.batch.interrupted': 'The app closed before this row finished uploading; it may or may not have reached WeChat.',
  'err.batch.interrupted.next': 'Press “Retry failed projects” to upload it again; uploading the same version again simply replaces it.',
  'err.batch.interrupted.next-cli': 'Run mp-release batch again.',
  'err.batch.unknown': 'This batch is no longer known (the app may have restarted).',
  'err.batch.unknown.next': 'Tick the projects again and start a new batch.',
};
