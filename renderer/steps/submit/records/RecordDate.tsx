import { useT } from '../../../i18n';

/** The day the operator did it on the admin site; today unless changed. */
export function RecordDate({ value, max, onChange }: { value: string; max: string; onChange: (day: string) => void }) {
  const t = useT();
  return (
    <p>
      <label>
        {t('review.dateLabel')}{' '}
        <input type="date" value={value} max={max} onChange={(e) => onChange(e.target.value)} data-testid="record-date" required />
      </label>{' '}
      <span className="muted">{t('review.dateHelp')}</span>
    </p>
  );
}
