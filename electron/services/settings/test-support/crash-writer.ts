import { HistoryRepository, type HistoryFile } from '../../history/history-repository';
import { openConfStore } from '../conf-store';
import { SettingsRepository, type SettingsFile } from '../settings-repository';
import type { ReleaseRecord } from '../../../../shared/history';

// The process crash-safety.test.ts kills: it opens a real store the way the harness and the CLI
// do (openConfStore: tidy, then conf, whose writer is electron-store's too) and writes in a loop
// that never yields, printing each write's number only once the service call has returned, that
// is, once the store is renamed into place. Every printed number is a record the app acknowledged.
//
//   node crash-writer.mjs <history|settings> <folder> <first number>
//
// Prints `open` once the store is open, then one number per line; stdout to a pipe is
// synchronous on Linux, so a printed line is in the pipe before the next write begins.

const [kind, dir, first] = process.argv.slice(2);
if ((kind !== 'history' && kind !== 'settings') || !dir || !first) {
  process.stderr.write('usage: crash-writer <history|settings> <folder> <first number>\n');
  process.exit(2);
}

function releaseRecord(n: number): ReleaseRecord {
  return {
    id: `record-${n}`,
    appid: 'wx0123456789abcdef',
    projectRoot: '/projects/shop',
    kind: 'upload',
    version: `1.0.${n}`,
    desc: `crash-safety write ${n}`,
    robot: 1,
    operator: 'crash-writer',
    startedAt: new Date().toISOString(),
    durationMs: n,
    outcome: { ok: true, sizes: [{ name: '__FULL__', bytes: 1000 + n }] },
    trialVersion: false,
  };
}

function writer(folder: string): (n: number) => void {
  if (kind === 'history') {
    const history = new HistoryRepository(openConfStore<HistoryFile>(folder, 'history').store);
    return (n) => history.record(releaseRecord(n));
  }
  const settings = new SettingsRepository(openConfStore<SettingsFile>(folder, 'settings').store);
  return (n) => {
    settings.update({ operatorName: `operator-${n}` });
    settings.rememberProject({ projectRoot: `/projects/p${n}`, appid: 'wx0123456789abcdef', projectName: `p${n}`, openedAt: new Date().toISOString() });
  };
}

const write = writer(dir);
process.stdout.write('open\n');
for (let n = Number(first); ; n += 1) {
  write(n);
  process.stdout.write(`${n}\n`);
}
