import { formatBytes } from '../../shared/format';
import type { Translate } from '../../shared/i18n';
import { COMPILE_TYPE_LABELS } from '../../shared/i18n/labels';
import type { PackageSizeInfo } from '../../shared/jobs';
import type { ProjectSummary } from '../../shared/model';
import { cells } from './text-width';

// The human-readable blocks the commands print on stdout (the JSON output carries the raw data).

function sizeVsLimit(size: { bytes: number; limitBytes: number }, t: Translate): string {
  const over = size.bytes > size.limitBytes ? t('cli.summary.overLimit') : '';
  return `${formatBytes(size.bytes)} / ${formatBytes(size.limitBytes)}${over}`;
}

function npmText(npm: ProjectSummary['npm'], t: Translate): string {
  if (!npm.hasDependencies) return t('cli.npm.none');
  return npm.needsBuild ? t('cli.npm.needsBuild') : t('cli.npm.built');
}

export function projectSummaryText(summary: ProjectSummary, t: Translate): string {
  const name = summary.projectName || t('cli.summary.unnamed');
  const rows: Array<[string, string]> = [
    [t('cli.summary.project'), t('cli.summary.nameAndAppid', { name, appid: summary.appid })],
    [t('cli.summary.type'), `${t(COMPILE_TYPE_LABELS[summary.compileType])} (${summary.compileType})`],
    [t('cli.summary.root'), summary.projectRoot],
  ];
  if (summary.miniprogramRootSetting) rows.push([t('cli.summary.codeRoot'), summary.miniprogramRootSetting]);
  const counts = { count: summary.pageCount, main: summary.main.pages.length, subs: summary.subpackages.length };
  rows.push([t('cli.summary.pages'), t('cli.summary.pageCounts', counts)]);
  for (const sub of summary.subpackages) {
    const flags = [sub.name ? t('cli.summary.subName', { name: sub.name }) : '', sub.independent ? t('summary.independent') : ''].filter(Boolean);
    const flagText = flags.length ? t('cli.summary.flags', { flags: flags.join(t('cli.list.separator')) }) : '';
    rows.push([`  ${t('cli.summary.subpackage')}`, `${sub.root}  ${t('cli.summary.subPages', { pages: sub.pages.length })}${flagText}`]);
  }
  rows.push([t('cli.summary.mainSize'), sizeVsLimit(summary.sizes.main, t)]);
  for (const sub of summary.sizes.subpackages) rows.push([`  ${sub.root}`, sizeVsLimit(sub, t)]);
  rows.push([t('cli.summary.totalSize'), t('cli.summary.totalValue', { size: sizeVsLimit(summary.sizes.total, t), count: summary.sizes.fileCount })]);
  rows.push(['npm', npmText(summary.npm, t)]);
  if (summary.plugins.length) {
    const plugins = summary.plugins.map((p) => `${p.alias} ${p.provider}@${p.version}`).join(t('cli.list.separator'));
    rows.push([t('cli.summary.plugins'), plugins]);
  }
  return table(rows);
}

/** Package sizes as WeChat reported them after an upload or preview. */
export function packageSizesText(sizes: readonly PackageSizeInfo[], t: Translate): string {
  const name = (size: PackageSizeInfo) => (size.name === '__FULL__' ? t('summary.total') : size.name === '__APP__' ? t('summary.mainPackage') : size.name);
  return table(sizes.map((size) => [`  ${name(size)}`, formatBytes(size.bytes)]));
}

/** Columns padded by display width, so Chinese labels line up too. */
function table(rows: ReadonlyArray<[string, string]>): string {
  const width = Math.max(...rows.map(([label]) => cells(label)));
  return rows.map(([label, value]) => `${label}${' '.repeat(width - cells(label) + 2)}${value}`).join('\n') + '\n';
}

export function duration(ms: number, t: Translate): string {
  return ms < 1000 ? t('cli.duration.ms', { ms: Math.round(ms) }) : t('cli.duration.s', { s: (ms / 1000).toFixed(1) });
}
