import { useEffect } from 'react';
import { BATCH_CONCURRENCY_DEFAULT } from '../../shared/batch';
import { ErrorCard } from '../components/ErrorCard';
import { useT } from '../i18n';
import { useBatchStore } from '../stores/batch-store';
import { BatchPicker } from './BatchPicker';
import { BatchRows } from './BatchRows';
import './batch.css';

/** 批量发布: pick projects, run them a few at a time, retry the failed ones, read the summary. */
export function BatchPage() {
  const t = useT();
  const batchId = useBatchStore((state) => state.batchId);
  const running = useBatchStore((state) => state.running);
  const summary = useBatchStore((state) => state.summary);
  const failure = useBatchStore((state) => state.failure);
  const { retry, cancel, reset, showLast } = useBatchStore.getState();
  useEffect(() => void showLast(), [showLast]);
  return (
    <main className="step" data-testid="batch-page">
      <h1>{t('batch.heading')}</h1>
      <p className="intro">{t('batch.help', { concurrency: BATCH_CONCURRENCY_DEFAULT })}</p>
      {failure && <ErrorCard problem={failure} />}
      {batchId ? <BatchRows /> : <BatchPicker />}
      {summary && !running && (
        <p className="card batch__summary" data-testid="batch-summary" data-ok={summary.ok} data-total={summary.total} data-failed={summary.failed}>
          {t('batch.summary', { ok: summary.ok, total: summary.total, failed: summary.failed })}
        </p>
      )}
      {batchId && (
        <p className="step__next">
          {running && (
            <button type="button" className="button" onClick={() => void cancel()} data-testid="batch-cancel">
              {t('batch.cancel')}
            </button>
          )}
          {!running && summary && summary.failed > 0 && (
            <button type="button" className="button" onClick={() => void retry()} data-testid="batch-retry">
              {t('batch.retry')}
            </button>
          )}
          {!running && (
            <button type="button" className="link-button" onClick={reset} data-testid="batch-new">
              {t('batch.new')}
            </button>
          )}
        </p>
      )}
    </main>
  );
}
