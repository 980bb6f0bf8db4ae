import path from 'node:path';
import { appJob, CI_BIN, runTool, type AppAndTool } from '../support/app-and-tool';
import { runPairs, type PairTimes } from '../support/paired';
import { summarize } from '../support/stats';
import type { Table } from '../support/table';

// Figures 1 and 2: upload and preview of the generated shop through the app against the raw
// `miniprogram-ci` CLI, paired, from the request to the resolved outcome (the app: the `serve` call
// resolves; the CLI: its process exits 0). Both compile with project.config.json's settings. The app's
// job process compiles in itself; the CLI forks its compiler: that difference is part of what is measured.

const TARGET = 0.8;

function rowOf(table: Table, figure: string, pairs: PairTimes[]): void {
  const ratios = summarize(pairs.map((p) => p.ratio));
  table.addValues(`${figure}: app`, 'ms', pairs.map((p) => p.app), 'for reading');
  table.addValues(`${figure}: raw CLI`, 'ms', pairs.map((p) => p.tool), 'for reading');
  table.add({
    figure: `${figure}: app / raw CLI`,
    unit: '×',
    summary: ratios,
    target: `≤ ${TARGET}× raw CLI`,
    ratio: ratios.median,
    met: ratios.median <= TARGET,
    note: `per pair ${pairs.map((p) => p.ratio.toFixed(2)).join(', ')}; median of the pair ratios is judged`,
  });
}

export async function releaseFigures(table: Table, bench: AppAndTool, project: { root: string; appid: string; files: number }, pairs: number): Promise<void> {
  const cwd = path.dirname(project.root);
  const common = ['--appid', project.appid, '--pp', project.root, '--pkp', bench.keyFile, '--proxy', bench.fake.proxyUrl, '--use-project-config', '-r', '1'];
  const log = (what: string) => (i: number, t: PairTimes) => console.log(`  ${what} pair ${i + 1}: app ${t.app.toFixed(0)} ms, raw CLI ${t.tool.toFixed(0)} ms, ratio ${t.ratio.toFixed(2)}`);

  console.log(`\n1. Upload, ${project.files} files (${pairs} pairs, after one warm-up of each side)`);
  let n = 0;
  const appUpload = () => appJob(bench, 'release:upload', { projectRoot: project.root, version: `1.0.${n++}`, desc: 'bench', robot: 1 });
  const cliUpload = () => runTool([CI_BIN, 'upload', ...common, '--uv', `1.0.${n++}`, '--ud', 'bench'], bench.toolEnv, cwd);
  await appUpload();
  await cliUpload();
  rowOf(table, 'Upload', await runPairs(pairs, appUpload, cliUpload, log('upload')));

  console.log(`\n2. Preview, ${project.files} files (${pairs} pairs)`);
  const qrFile = path.join(cwd, 'raw-cli-preview-qr.txt');
  const appPreview = () => appJob(bench, 'release:preview', { projectRoot: project.root, robot: 1 });
  const cliPreview = () => runTool([CI_BIN, 'preview', ...common, '--uv', '0.0.1', '--qrcode-format', 'base64', '--qrcode-output-dest', qrFile], bench.toolEnv, cwd);
  rowOf(table, 'Preview', await runPairs(pairs, appPreview, cliPreview, log('preview')));
}
