import type { HistoryFilter } from '../../shared/history-view';
import type { CurrentState } from '../../shared/review';
import { REVIEW_STATE_LABELS } from '../../shared/review-labels';
import { useT } from '../i18n';
import { useHistoryStore } from '../stores/history-store';

/** Kind, result and free text: the same filter the CSV export applies. */
export function HistoryFilters() {
  const t = useT();
  const filter = useHistoryStore((state) => state.filter);
  const setFilter = useHistoryStore((state) => state.setFilter);
  return (
    <div className="history__filters">
      <label>
        {t('history.filterKind')}
        <select value={filter.kind} onChange={(e) => setFilter({ kind: e.target.value as HistoryFilter['kind'] })} data-testid="history-filter-kind">
          <option value="all">{t('history.all')}</option>
          <option value="upload">{t('history.kind.upload')}</option>
          <option value="preview">{t('history.kind.preview')}</option>
        </select>
      </label>
      <label>
        {t('history.filterResult')}
        <select value={filter.result} onChange={(e) => setFilter({ result: e.target.value as HistoryFilter['result'] })} data-testid="history-filter-result">
          <option value="all">{t('history.all')}</option>
          <option value="ok">{t('history.result.ok')}</option>
          <option value="failed">{t('history.result.failed')}</option>
        </select>
      </label>
      <label>
        {t('history.filterReview')}
        <select value={filter.review ?? 'all'} onChange={(e) => setFilter({ review: e.target.value as HistoryFilter['review'] })} data-testid="history-filter-review">
          <option value="all">{t('history.all')}</option>
          {(Object.keys(REVIEW_STATE_LABELS) as CurrentState[]).map((state) => (
            <option key={state} value={state}>
              {t(REVIEW_STATE_LABELS[state])}
            </option>
          ))}
        </select>
      </label>
      <label className="history__search">
        {t('history.filterText')}
        <input
          type="search"
          value={filter.text}
          maxLength={200}
          placeholder={t('history.filterTextPlaceholder')}
          onChange={(e) => setFilter({ text: e.target.value })}
          data-testid="history-filter-text"
        />
      </label>
    </div>
  );
}
