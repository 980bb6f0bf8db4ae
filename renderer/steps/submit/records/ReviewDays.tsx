import { daysInReview, type VersionReview } from '../../../../shared/review';
import { useT } from '../../../i18n';

/** How long the latest submission has been (or was) in review, against the usual 1–7 days. */
export function ReviewDays({ review, today }: { review: VersionReview; today: string }) {
  const t = useT();
  const days = daysInReview(review, today);
  if (!days) return null;
  return (
    <p className={days.pastUsual && days.until === null ? 'banner banner--error' : 'muted'} data-testid="days-in-review" data-days={days.days} data-past-usual={String(days.pastUsual)}>
      {t(days.until === null ? 'review.daysOpen' : 'review.daysClosed', { days: days.days })}
      {days.pastUsual && days.until === null && <> {t('review.pastUsual')}</>}
    </p>
  );
}
