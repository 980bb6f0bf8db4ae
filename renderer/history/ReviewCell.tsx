import type { ReviewSummary } from '../../shared/review';
import { REVIEW_STATE_LABELS } from '../../shared/review-labels';
import { useT } from '../i18n';

/** An upload row's version in review: its state and the days recorded for it (joined by appid + version). */
export function ReviewCell({ review }: { review: ReviewSummary | undefined }) {
  const t = useT();
  if (!review) return null;
  return (
    <div data-testid="history-review" data-state={review.state}>
      <span>{t(REVIEW_STATE_LABELS[review.state])}</span>
      {review.submittedAt && <div className="muted">{t('history.review.submitted', { date: review.submittedAt })}</div>}
      {review.outcomeAt && <div className="muted">{t('history.review.outcome', { date: review.outcomeAt })}</div>}
      {review.releasedAt && <div className="muted">{t('history.review.released', { date: review.releasedAt })}</div>}
    </div>
  );
}
