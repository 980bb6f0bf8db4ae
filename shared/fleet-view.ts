import { FLEET_STATES, type FleetRow } from './fleet';

// Sorting and filtering of the fleet board, every column. Sorting is on each column's value (a
// state in its order, a number of days, a time), filtering on the words the operator reads in the
// cell (the window passes them in its language), so what matches is what is seen.

export const FLEET_COLUMNS = ['name', 'appid', 'version', 'key', 'check', 'domains', 'filed', 'privacy', 'clock'] as const;
export type FleetColumn = (typeof FLEET_COLUMNS)[number];

export type SortDirection = 'ascending' | 'descending';
export interface FleetSort {
  column: FleetColumn;
  direction: SortDirection;
}

/** A cell's value to sort by; null sorts last whichever the direction (nothing known is not "smallest"). */
export function sortValue(row: FleetRow, column: FleetColumn): string | number | null {
  switch (column) {
    case 'name':
      return row.projectName || null;
    case 'appid':
      return row.appid;
    case 'version':
      return FLEET_STATES.indexOf(row.version?.state ?? 'none');
    case 'key':
      return row.key ? row.key.ageDays : null;
    case 'check':
      return row.check ? row.check.at : null;
    case 'domains':
      return row.domains ? row.domains.open : null;
    case 'filed':
      return row.filed === null ? null : Number(row.filed);
    case 'privacy':
      return Number(row.privacy.guideDone) * 1000 + row.privacy.declared;
    case 'clock': {
      const clock = row.clocks[0];
      return clock ? (clock.kind === 'phase' ? clock.day : clock.days) : null;
    }
  }
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** The rows in the sort's order; ties keep the given order (the most recently opened first). */
export function sortFleet(rows: readonly FleetRow[], sort: FleetSort | null): FleetRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort.column) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return sign * compare(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

export type FleetFilters = Partial<Record<FleetColumn, string>>;

/** The rows whose every filtered cell contains its filter text (case-insensitive); `cellText` gives what the cell shows. */
export function filterFleet(rows: readonly FleetRow[], filters: FleetFilters, cellText: (row: FleetRow, column: FleetColumn) => string): FleetRow[] {
  const active = FLEET_COLUMNS.flatMap((column) => {
    const text = filters[column]?.trim().toLowerCase();
    return text ? [{ column, text }] : [];
  });
  return rows.filter((row) => active.every(({ column, text }) => cellText(row, column).toLowerCase().includes(text)));
}
