import { useState } from 'react';
import { REASON_MAX } from '../../../../shared/review';
import { useT } from '../../../i18n';
import { today, useReviewStore } from '../../../stores/review-store';
import { RecordDate } from './RecordDate';

type Outcome = 'approved' | 'rejected' | 'withdrawn';

const OUTCOMES = [
  { outcome: 'approved', label: 'review.state.approved', testId: 'record-approved' },
  { outcome: 'rejected', label: 'review.state.rejected', testId: 'record-rejected' },
  { outcome: 'withdrawn', label: 'review.state.withdrawn', testId: 'record-withdrawn' },
] as const;

/** Records how the review of `version` ended: approved, rejected (with WeChat's text pasted) or withdrawn. */
export function OutcomeForm({ appid, version }: { appid: string; version: string }) {
  const t = useT();
  const record = useReviewStore((state) => state.record);
  const [day, setDay] = useState(today);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState('');
  const save = async () => {
    if (!outcome) return;
    if (await record(appid, version, { state: outcome, at: day, reason: outcome === 'rejected' ? reason : undefined })) setReason('');
  };
  return (
    <div className="review-form" data-testid="outcome-form" data-version={version}>
      <p className="muted">{t('review.outcomeHow')}</p>
      <fieldset className="review-outcomes">
        <legend>{t('review.outcomeLabel')}</legend>
        {OUTCOMES.map(({ outcome: value, label, testId }) => (
          <label key={value}>
            <input type="radio" name={`outcome-${version}`} checked={outcome === value} onChange={() => setOutcome(value)} data-testid={testId} /> {t(label)}
          </label>
        ))}
      </fieldset>
      {outcome === 'rejected' && (
        <p>
          <label>
            {t('review.reasonLabel')}
            <textarea rows={5} maxLength={REASON_MAX} value={reason} placeholder={t('review.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} data-testid="rejection-reason" />
          </label>
        </p>
      )}
      <RecordDate value={day} max={today()} onChange={setDay} />
      <p className="step__next">
        <button type="button" className="button" disabled={!outcome || !day} onClick={() => void save()} data-testid="record-outcome">
          {t('review.recordOutcome')}
        </button>
      </p>
    </div>
  );
}
