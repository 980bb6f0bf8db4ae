import type { VersionReview } from '../../../../shared/review';
import { useT } from '../../../i18n';
import { today } from '../../../stores/review-store';
import { OutcomeForm } from './OutcomeForm';
import { ReviewDays } from './ReviewDays';
import { ReviewTimeline } from './ReviewTimeline';

/** Another version of the appid is in review: nothing else can be submitted until its outcome is recorded here. */
export function OtherInReview({ other }: { other: VersionReview }) {
  const t = useT();
  const since = other.events.findLast((event) => event.state === 'submitted')?.at ?? '';
  return (
    <section className="problem problem--error review-other" data-testid="other-in-review" data-version={other.version}>
      <h3>{t('review.otherHeading')}</h3>
      <p>{t('review.otherInReview', { version: other.version, since })}</p>
      <ReviewTimeline review={other} />
      <ReviewDays review={other} today={today()} />
      <OutcomeForm appid={other.appid} version={other.version} />
    </section>
  );
}
