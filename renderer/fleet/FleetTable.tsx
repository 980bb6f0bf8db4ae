import { FLEET_COLUMNS, type FleetColumn } from '../../shared/fleet-view';
import type { FleetRow } from '../../shared/fleet';
import { useT } from '../i18n';
import { useFleetStore } from '../stores/fleet-store';
import { useSettingsStore } from '../stores/settings-store';
import { cellText, COLUMN_KEYS, STATE_KEYS } from './fleet-cells';
import { FleetRemove } from './FleetRemove';

/** The board's table: a sortable header and a filter per column, one row per project. */
export function FleetTable({ rows }: { rows: FleetRow[] }) {
  const t = useT();
  return (
    <div className="fleet__scroll">
      <table className="fleet__table" data-testid="fleet-table">
        <thead>
          <tr>
            {FLEET_COLUMNS.map((column) => (
              <ColumnHead key={column} column={column} />
            ))}
            <th scope="col">{t('fleet.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <FleetTableRow key={row.projectRoot} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ColumnHead({ column }: { column: FleetColumn }) {
  const t = useT();
  const sort = useFleetStore((state) => state.sort);
  const filter = useFleetStore((state) => state.filters[column] ?? '');
  const sortBy = useFleetStore((state) => state.sortBy);
  const setFilter = useFleetStore((state) => state.setFilter);
  const label = t(COLUMN_KEYS[column]);
  const direction = sort?.column === column ? sort.direction : 'none';
  return (
    <th scope="col" aria-sort={direction} data-testid={`fleet-col-${column}`}>
      <button type="button" className="fleet__sort" onClick={() => sortBy(column)} data-testid={`fleet-sort-${column}`}>
        {label}
        <span aria-hidden="true" className="fleet__arrow">
          {direction === 'ascending' ? '\u25B2' : direction === 'descending' ? '\u25BC' : '\u21C5'}
        </span>
      </button>
      <input
        type="search"
        className="fleet__filter"
        value={filter}
        aria-label={t('fleet.filter', { column: label })}
        onChange={(event) => setFilter(column, event.target.value)}
        data-testid={`fleet-filter-${column}`}
      />
    </th>
  );
}

function FleetTableRow({ row }: { row: FleetRow }) {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const openProject = useFleetStore((state) => state.openProject);
  const text = (column: FleetColumn) => cellText(row, column, t, lang);
  const state = row.version?.state ?? 'none';
  const name = row.projectName || row.appid;
  return (
    <tr data-testid="fleet-row" data-appid={row.appid} data-state={state}>
      <th scope="row" className="fleet__name">
        {row.projectName}
      </th>
      <td>
        <code>{row.appid}</code>
      </td>
      <td className="fleet__version">
        {row.version && <code>{row.version.version}</code>}
        <span className={`fleet-badge fleet-badge--${state}`} data-testid="fleet-state">
          {t(STATE_KEYS[state])}
        </span>
      </td>
      <td className={row.key ? 'fleet__key' : 'fleet__key fleet__bad'} data-testid="fleet-key">
        {text('key')}
      </td>
      <td className={row.check && !row.check.ok ? 'fleet__bad' : undefined} data-testid="fleet-check">
        {text('check')}
      </td>
      <td data-testid="fleet-domains">{text('domains')}</td>
      <td data-testid="fleet-filed">{text('filed')}</td>
      <td data-testid="fleet-privacy">{text('privacy')}</td>
      <td data-testid="fleet-clock">{text('clock')}</td>
      <td className="fleet__actions">
        <button type="button" className="button button--small" aria-label={t('fleet.action.openLabel', { name })} onClick={() => void openProject(row.projectRoot)} data-testid="fleet-open">
          {t('fleet.action.open')}
        </button>
        <FleetRemove projectRoot={row.projectRoot} name={name} />
      </td>
    </tr>
  );
}
