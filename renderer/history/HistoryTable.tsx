import { describeProblem } from '../../shared/errors';
import { formatBytes } from '../../shared/format';
import type { ReleaseRecord } from '../../shared/history';
import { FULL_PACKAGE, mainPackageBytes, packageBytes, subpackageSizes } from '../../shared/history-view';
import type { ReviewLookup } from '../../shared/review';
import { useT } from '../i18n';
import { ReviewCell } from './ReviewCell';
import { useSettingsStore } from '../stores/settings-store';

/** The records as given (newest first), one row each: what ran, by whom, how big, and how it ended. */
export function HistoryTable({ records, reviews }: { records: ReleaseRecord[]; reviews: ReviewLookup }) {
  const t = useT();
  return (
    <table className="history__table" data-testid="history-table">
      <thead>
        <tr>
          <th>{t('history.col.time')}</th>
          <th>{t('history.col.kind')}</th>
          <th>{t('history.col.version')}</th>
          <th>{t('history.col.robot')}</th>
          <th>{t('history.col.operator')}</th>
          <th>{t('history.col.sizes')}</th>
          <th>{t('history.col.result')}</th>
          <th>{t('history.col.review')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <HistoryRow key={record.id} record={record} reviews={reviews} />
        ))}
      </tbody>
    </table>
  );
}

function HistoryRow({ record, reviews }: { record: ReleaseRecord; reviews: ReviewLookup }) {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const main = mainPackageBytes(record);
  const total = packageBytes(record, FULL_PACKAGE);
  const problem = record.outcome.ok ? null : describeProblem({ code: record.outcome.code, severity: 'error', params: record.outcome.params }, lang);
  return (
    <tr data-testid="history-row" data-kind={record.kind} data-ok={String(record.outcome.ok)} data-trial={String(record.trialVersion)}>
      <td className="history__time">{new Date(record.startedAt).toLocaleString(lang)}</td>
      <td className="history__kind">
        {t(record.kind === 'upload' ? 'history.kind.upload' : 'history.kind.preview')}
        {record.trialVersion && (
          <span className="tag tag--trial" title={t('history.trialMarkHelp')} data-testid="history-trial-mark">
            {t('history.trialMark')}
          </span>
        )}
      </td>
      <td>
        {record.version && <code>{record.version}</code>}
        {record.desc && <div className="history__notes">{record.desc}</div>}
      </td>
      <td className="history__robot">{t('history.robot', { robot: record.robot })}</td>
      <td className="history__operator">{record.operator}</td>
      <td className="history__sizes">
        {total !== null && <div>{t('history.sizes', { main: main === null ? '?' : formatBytes(main), total: formatBytes(total) })}</div>}
        {subpackageSizes(record).map(({ name, bytes }) => (
          <div key={name} className="muted">
            {t('history.subpackage', { name, size: formatBytes(bytes) })}
          </div>
        ))}
        <div className="muted">{t('history.seconds', { seconds: (record.durationMs / 1000).toFixed(1) })}</div>
      </td>
      <td>
        <span className={record.outcome.ok ? 'history__ok' : 'history__failed'}>{t(record.outcome.ok ? 'history.result.ok' : 'history.result.failed')}</span>
        {problem && (
          <div className="history__problem" data-testid="history-problem" data-code={problem.code}>
            {problem.message} <code>{problem.code}</code>
          </div>
        )}
      </td>
      <td>
        <ReviewCell review={record.kind === 'upload' ? reviews(record.appid, record.version) : undefined} />
      </td>
    </tr>
  );
}
