import { describe, expect, it } from 'vitest';
import type { FleetRow } from './fleet';
import { filterFleet, sortFleet } from './fleet-view';

// Sorting by a column's value (states in their order, unknowns last either way) and filtering on the words a cell shows.

function row(appid: string, patch: Partial<FleetRow> = {}): FleetRow {
  return { projectRoot: `/p/${appid}`, appid, projectName: appid, openedAt: '', version: null, key: null, check: null, domains: null, filed: null, privacy: { guideDone: false, declared: 0 }, clocks: [], ...patch };
}

const rows = [
  row('wx3', { version: { version: '1.0.0', state: 'released', at: '' }, key: { fingerprint: 'f', importedAt: '', ageDays: 40, sessionOnly: false } }),
  row('wx1'),
  row('wx2', { version: { version: '2.0.0', state: 'uploaded', at: '' }, key: { fingerprint: 'g', importedAt: '', ageDays: 2, sessionOnly: false } }),
];
const appids = (list: FleetRow[]) => list.map((entry) => entry.appid);

describe('the fleet view', () => {
  it('sorts by the version state in its order, both ways', () => {
    expect(appids(sortFleet(rows, { column: 'version', direction: 'ascending' }))).toEqual(['wx1', 'wx2', 'wx3']);
    expect(appids(sortFleet(rows, { column: 'version', direction: 'descending' }))).toEqual(['wx3', 'wx2', 'wx1']);
  });

  it('puts rows with nothing known last in both directions', () => {
    expect(appids(sortFleet(rows, { column: 'key', direction: 'ascending' }))).toEqual(['wx2', 'wx3', 'wx1']);
    expect(appids(sortFleet(rows, { column: 'key', direction: 'descending' }))).toEqual(['wx3', 'wx2', 'wx1']);
  });

  it('keeps the given order without a sort', () => {
    expect(appids(sortFleet(rows, null))).toEqual(['wx3', 'wx1', 'wx2']);
  });

  it('keeps the rows whose every filtered cell holds the text, ignoring case and blanks', () => {
    const text = (entry: FleetRow, column: string) => (column === 'appid' ? entry.appid.toUpperCase() : entry.version?.state ?? 'none');
    expect(appids(filterFleet(rows, { appid: 'wx', version: 'RELEASED' }, text))).toEqual(['wx3']);
    expect(appids(filterFleet(rows, { appid: '  ' }, text))).toEqual(['wx3', 'wx1', 'wx2']);
  });
});
