import { formatBytes } from '../../shared/format';
import type { PackageSizeInfo } from '../../shared/jobs';
import type { CompileType, PackageSize, ProjectSummary } from '../../shared/model';
import { cells } from './text-width';

// The human-readable blocks the commands print on stdout (the JSON output carries the raw data).

const COMPILE_TYPES: Record<CompileType, string> = {
  miniprogram: '小程序',
  plugin: '小程序插件',
  game: '小游戏',
  gamePlugin: '小游戏插件',
};

function sizeVsLimit(size: PackageSize | { bytes: number; limitBytes: number }): string {
  const over = size.bytes > size.limitBytes ? '  ← 超出上限' : '';
  return `${formatBytes(size.bytes)} / ${formatBytes(size.limitBytes)}${over}`;
}

function npmText(npm: ProjectSummary['npm']): string {
  if (!npm.hasDependencies) return '未使用';
  return npm.needsBuild ? '使用了 npm，需要先「构建 npm」' : '使用了 npm，已构建';
}

export function projectSummaryText(summary: ProjectSummary): string {
  const rows: Array<[string, string]> = [
    ['项目', `${summary.projectName || '（未命名）'}（${summary.appid}）`],
    ['类型', `${COMPILE_TYPES[summary.compileType]} (${summary.compileType})`],
    ['项目目录', summary.projectRoot],
  ];
  if (summary.miniprogramRootSetting) rows.push(['代码目录', summary.miniprogramRootSetting]);
  rows.push(['页面', `共 ${summary.pageCount} 个：主包 ${summary.main.pages.length} 个${summary.subpackages.length ? `，分包 ${summary.subpackages.length} 个` : ''}`]);
  for (const sub of summary.subpackages) {
    const flags = [sub.name ? `名称 ${sub.name}` : '', sub.independent ? '独立分包' : ''].filter(Boolean).join('，');
    rows.push(['  分包', `${sub.root}  ${sub.pages.length} 个页面${flags ? `（${flags}）` : ''}`]);
  }
  rows.push(['主包大小', sizeVsLimit(summary.sizes.main)]);
  for (const sub of summary.sizes.subpackages) rows.push([`  ${sub.root}`, sizeVsLimit(sub)]);
  rows.push(['总大小', `${sizeVsLimit(summary.sizes.total)}（${summary.sizes.fileCount} 个文件）`]);
  rows.push(['npm', npmText(summary.npm)]);
  if (summary.plugins.length) rows.push(['插件', summary.plugins.map((p) => `${p.alias} ${p.provider}@${p.version}`).join('，')]);
  return table(rows);
}

const SIZE_NAMES: Record<string, string> = { __FULL__: '整个小程序', __APP__: '主包' };

/** Package sizes as WeChat reported them after an upload or preview. */
export function packageSizesText(sizes: readonly PackageSizeInfo[]): string {
  return table(sizes.map((size) => [`  ${SIZE_NAMES[size.name] ?? size.name}`, formatBytes(size.bytes)]));
}

/** Columns padded by display width, so Chinese labels line up too. */
function table(rows: ReadonlyArray<[string, string]>): string {
  const width = Math.max(...rows.map(([label]) => cells(label)));
  return rows.map(([label, value]) => `${label}${' '.repeat(width - cells(label) + 2)}${value}`).join('\n') + '\n';
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} 毫秒` : `${(ms / 1000).toFixed(1)} 秒`;
}
