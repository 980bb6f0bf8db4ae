import type { BatchRowState } from '../../shared/batch';
import type { MessageKey } from '../../shared/i18n';
import { ErrorCard } from '../components/ErrorCard';
import { ProgressBar } from '../components/ProgressBar';
import { useT } from '../i18n';
import { useBatchStore } from '../stores/batch-store';
import { useProjectStore } from '../stores/project-store';

const STATE_WORDS: Record<BatchRowState, MessageKey> = {
  queued: 'batch.state.queued',
  running: 'batch.state.running',
  ok: 'batch.state.ok',
  failed: 'batch.state.failed',
};

/** The running or finished batch: a row per project with its bar and state, the fix of a failed one. */
export function BatchRows() {
  const t = useT();
  const rows = useBatchStore((state) => state.rows);
  const progress = useBatchStore((state) => state.progress);
  const recent = useProjectStore((state) => state.recent);
  return (
    <section className="card">
      <h2>{t('batch.rows')}</h2>
      <ol className="batch__rows">
        {rows.map((row) => {
          const { state } = row;
          const fraction = state === 'ok' ? 1 : (progress[row.jobId]?.fraction ?? 0);
          const name = recent.find((r) => r.projectRoot === row.project)?.projectName || row.project.split(/[\\/]/).pop() || row.project;
          return (
            <li key={row.jobId} className="batch__row" data-testid="batch-row" data-appid={row.appid ?? ''} data-ext-appid={row.extAppid ?? ''} data-state={state}>
              <p className="batch__row-head">
                <strong>{name}</strong> <code>{row.appid}</code>{' '}
                {row.extAppid && <code className="batch__ext-appid">{t('batch.row.ext', { extAppid: row.extAppid })}</code>} <span>{row.version}</span>{' '}
                <span className={`batch__state batch__state--${state}`} data-testid="batch-row-state">
                  {t(STATE_WORDS[state])}
                </span>
                {row.attempts > 1 && <span className="muted"> {t('batch.attempts', { n: row.attempts })}</span>}
              </p>
              <ProgressBar
                fraction={fraction}
                label={t(STATE_WORDS[state])}
                percentText={t('batch.percent', { percent: Math.round(fraction * 100) })}
                indeterminate={state === 'running' && progress[row.jobId]?.indeterminate === true}
                testId="batch-row-progress"
              />
              {state === 'failed' && row.problem && <ErrorCard problem={row.problem} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
