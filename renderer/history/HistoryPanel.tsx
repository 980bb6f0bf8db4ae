import { useEffect, useMemo } from 'react';
import { filterHistory } from '../../shared/history-view';
import { ErrorCard } from '../components/ErrorCard';
import { SavedFileNote } from '../components/SavedFileNote';
import { useT } from '../i18n';
import { selectRecords, useHistoryStore } from '../stores/history-store';
import { lookupOf, useReviewStore } from '../stores/review-store';
import { useSettingsStore } from '../stores/settings-store';
import { HistoryFilters } from './HistoryFilters';
import { HistoryTable } from './HistoryTable';
import { SizeTrend } from './SizeTrend';
import './history.css';

/** Every upload and preview of the project: the size trend, the filter, the records newest first, the CSV export. */
export function HistoryPanel({ projectRoot }: { projectRoot: string }) {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const records = useHistoryStore(selectRecords(projectRoot));
  const filter = useHistoryStore((state) => state.filter);
  const problem = useHistoryStore((state) => state.problem);
  const exported = useHistoryStore((state) => state.exported);
  const exportCsv = useHistoryStore((state) => state.exportCsv);
  const books = useReviewStore((state) => state.books);
  const reviews = useMemo(() => lookupOf(books), [books]);
  const shown = useMemo(() => filterHistory(records, filter, lang, reviews).reverse(), [records, filter, lang, reviews]);
  const appids = useMemo(() => [...new Set(records.map((record) => record.appid))].join(','), [records]);

  useEffect(() => {
    void useHistoryStore.getState().load(projectRoot);
  }, [projectRoot]);

  // Each upload row shows its version's review state: the records of every appid in the history.
  useEffect(() => {
    for (const appid of appids ? appids.split(',') : []) void useReviewStore.getState().load(appid);
  }, [appids]);

  return (
    <section className="card history" data-testid="history">
      <h2>{t('history.heading')}</h2>
      {problem && <ErrorCard problem={problem} />}
      <SizeTrend records={records} />
      {records.length === 0 ? (
        <p className="muted" data-testid="history-empty">
          {t('history.empty')}
        </p>
      ) : (
        <>
          <HistoryFilters />
          <p className="muted" data-testid="history-count" data-shown={shown.length}>
            {t('history.count', { shown: shown.length, total: records.length })}
          </p>
          {shown.length === 0 ? <p>{t('history.noMatch')}</p> : <HistoryTable records={shown} reviews={reviews} />}
          <p className="mp-links">
            <button type="button" className="button button--small button--secondary" onClick={() => void exportCsv()} disabled={shown.length === 0} data-testid="history-export">
              {t('history.export')}
            </button>
          </p>
          <SavedFileNote
            result={exported?.result ?? null}
            savedWords={(file) => t('history.exported', { count: exported?.count ?? 0, file })}
            testId="history-exported"
          />
        </>
      )}
    </section>
  );
}
