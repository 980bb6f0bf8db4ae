import { useEffect, useMemo } from 'react';
import { filterFleet, sortFleet } from '../../shared/fleet-view';
import { ErrorCard } from '../components/ErrorCard';
import { useT } from '../i18n';
import { useFleetStore } from '../stores/fleet-store';
import { useSettingsStore } from '../stores/settings-store';
import { cellText } from './fleet-cells';
import { FleetTable } from './FleetTable';
import './fleet.css';

/** 项目总览: every known project in one table, in place of the wizard's step. */
export function FleetBoard() {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const rows = useFleetStore((state) => state.rows);
  const loaded = useFleetStore((state) => state.loaded);
  const problem = useFleetStore((state) => state.problem);
  const sort = useFleetStore((state) => state.sort);
  const filters = useFleetStore((state) => state.filters);
  const hide = useFleetStore((state) => state.hide);

  useEffect(() => {
    void useFleetStore.getState().load();
  }, []);

  const shown = useMemo(() => sortFleet(filterFleet(rows, filters, (row, column) => cellText(row, column, t, lang)), sort), [rows, filters, sort, t, lang]);

  return (
    <main className="step fleet" data-testid="fleet-board">
      <div className="fleet__head">
        <h2>{t('fleet.heading')}</h2>
        <button type="button" className="link-button" onClick={hide} data-testid="close-fleet">
          {t('fleet.close')}
        </button>
      </div>
      <p className="intro">{t('fleet.intro')}</p>
      {problem && <ErrorCard problem={problem} />}
      {loaded && rows.length === 0 ? (
        <p className="card" data-testid="fleet-empty">
          {t('fleet.empty')}
        </p>
      ) : (
        <>
          <p className="muted" data-testid="fleet-count" aria-live="polite">
            {t('fleet.count', { shown: shown.length, total: rows.length })}
          </p>
          <FleetTable rows={shown} />
          {shown.length === 0 && rows.length > 0 && <p className="muted">{t('fleet.noMatch')}</p>}
        </>
      )}
    </main>
  );
}
