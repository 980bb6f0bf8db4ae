import { WHITELIST_LABELS, WHITELIST_TYPES, type DomainScanResult } from '../../../shared/domains';
import type { Problem, WhitelistTicks } from '../../../shared/model';

// The domain lists the whitelist step asks the operator to paste into 开发设置, against what the
// operator ticked there as done. An entry not ticked may be missing from the admin site, and then
// the calls to it fail on phones (not at upload): a warning per list, with the count.

/** The entries of each copy list (what the whitelist step offers to paste), per type. */
export function copyEntries(scan: Pick<DomainScanResult, 'byType'>): Record<(typeof WHITELIST_TYPES)[number], string[]> {
  const entries = (type: (typeof WHITELIST_TYPES)[number]) => [...new Set(scan.byType[type].filter((host) => host.inCopyList).map((host) => host.origin))];
  return Object.fromEntries(WHITELIST_TYPES.map((type) => [type, entries(type)])) as Record<(typeof WHITELIST_TYPES)[number], string[]>;
}

export function domainProblems(scan: Pick<DomainScanResult, 'byType'>, ticks: WhitelistTicks): Problem[] {
  const lists = copyEntries(scan);
  return WHITELIST_TYPES.flatMap((type): Problem[] => {
    const ticked = new Set(ticks[type] ?? []);
    const open = lists[type].filter((origin) => !ticked.has(origin));
    if (open.length === 0) return [];
    return [
      {
        code: 'precheck.domains-unticked',
        severity: 'warning',
        params: { list: WHITELIST_LABELS[type], count: open.length, total: lists[type].length, type },
        detail: open.join('\n'),
      },
    ];
  });
}

/** Whether the code needs any entry at all: without one there is nothing to tick. */
export function hasCopyEntries(scan: Pick<DomainScanResult, 'byType'>): boolean {
  return Object.values(copyEntries(scan)).some((entries) => entries.length > 0);
}
