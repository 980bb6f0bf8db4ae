import type { PrecheckPartResult } from '../../../shared/precheck';
import { useT } from '../../i18n';
import { PART_LABELS, SKIP_LABELS, STATUS_LABELS } from './labels';

const MARKS = { ok: '✓', findings: '!', failed: '×', skipped: '–' } as const;

/** What the check looked at, and how each part ended. */
export function PrecheckParts({ parts }: { parts: readonly PrecheckPartResult[] }) {
  const t = useT();
  return (
    <section className="card" data-testid="precheck-parts">
      <h2>{t('precheck.parts')}</h2>
      <ul className="precheck-parts">
        {parts.map((part) => (
          <li key={part.part} data-testid={`part-${part.part}`} data-status={part.status} className={`precheck-parts__item precheck-parts__item--${part.status}`}>
            <span className="precheck-parts__mark" aria-hidden="true">
              {MARKS[part.status]}
            </span>
            <span>{t(PART_LABELS[part.part])}</span>
            <span className="muted">
              {part.status === 'skipped' ? t(SKIP_LABELS[part.skippedBecause ?? 'no-project']) : t(STATUS_LABELS[part.status])}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
