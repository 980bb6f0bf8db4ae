import type { VersionReview } from '../../../../shared/review';
import { eventLabel } from '../../../../shared/review-labels';
import { useT } from '../../../i18n';
import { RejectionAdvice } from '../rejection/RejectionAdvice';

/** The version's events, oldest first, with their days; a rejection keeps WeChat's text under it. */
export function ReviewTimeline({ review }: { review: VersionReview }) {
  const t = useT();
  if (review.events.length === 0) return <p className="muted">{t('review.noEvents')}</p>;
  return (
    <ol className="review-timeline">
      {review.events.map((event, i) => (
        <li key={`${i}-${event.recordedAt}`} className={`review-event review-event--${event.state}`} data-testid="review-event" data-state={event.state} data-at={event.at}>
          <span className="review-event__date">{event.at}</span>
          <strong>{t(eventLabel(event, review.events[i - 1]))}</strong>
          {event.urgent && <span className="tag">{t('review.urgentTag')}</span>}
          {event.state === 'rejected' && event.reason && (
            <div className="review-event__rejection">
              <blockquote data-testid="rejection-text">{event.reason}</blockquote>
              <RejectionAdvice text={event.reason} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
