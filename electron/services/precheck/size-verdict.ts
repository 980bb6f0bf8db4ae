import { formatBytes } from '../../../shared/format';
import type { PackageSizeInfo } from '../../../shared/jobs';
import { SIZE_LIMITS, totalSizeLimit } from '../../../shared/limits';
import type { Problem } from '../../../shared/model';
import type { CompiledSizes } from '../../../shared/precheck';
import { FULL_PACKAGE, MAIN_PACKAGE } from './compiled-package-sizes';

// The compiled sizes against WeChat's limits: the main package and each subpackage 2 MB, the whole
// app 30 MB (20 MB for a service provider's project). Over a limit, WeChat refuses the upload
// (80051 "source size … exceed max limit"), so each is a blocker naming the package and both sizes.

/** "packageA" and "/packageA/" alike become "packageA/", as the project summary writes roots. */
function rootOf(name: string): string {
  return `${name.replace(/^\/+|\/+$/g, '')}/`;
}

export function compiledSizes(packages: readonly PackageSizeInfo[], fileCount: number, thirdParty: boolean): CompiledSizes {
  const bytesOf = (name: string) => packages.find((entry) => entry.name === name)?.bytes ?? 0;
  return {
    main: { root: '', bytes: bytesOf(MAIN_PACKAGE), limitBytes: SIZE_LIMITS.mainPackage },
    subpackages: packages
      .filter((entry) => entry.name !== FULL_PACKAGE && entry.name !== MAIN_PACKAGE)
      .map((entry) => ({ root: rootOf(entry.name), bytes: entry.bytes, limitBytes: SIZE_LIMITS.subpackage })),
    total: { bytes: bytesOf(FULL_PACKAGE), limitBytes: totalSizeLimit(thirdParty) },
    thirdParty,
    fileCount,
  };
}

export function sizeProblems(sizes: CompiledSizes): Problem[] {
  const over = (bytes: number, limit: number) => {
    // Just over a limit, both round to "2.0 MB": then whole kilobytes tell them apart.
    const [size, max] = [formatBytes(bytes), formatBytes(limit)];
    return size === max ? { size: `${Math.ceil(bytes / 1024)} KB`, limit: `${Math.floor(limit / 1024)} KB` } : { size, limit: max };
  };
  const problems: Problem[] = [];
  if (sizes.main.bytes > sizes.main.limitBytes) {
    problems.push({ code: 'precheck.size-main-over', severity: 'error', params: over(sizes.main.bytes, sizes.main.limitBytes) });
  }
  for (const sub of sizes.subpackages) {
    if (sub.bytes > sub.limitBytes) problems.push({ code: 'precheck.size-sub-over', severity: 'error', params: { root: sub.root, ...over(sub.bytes, sub.limitBytes) } });
  }
  if (sizes.total.bytes > sizes.total.limitBytes) {
    problems.push({
      code: 'precheck.size-total-over',
      severity: 'error',
      params: { ...over(sizes.total.bytes, sizes.total.limitBytes), thirdParty: sizes.thirdParty ? 'yes' : 'no' },
    });
  }
  return problems;
}
