import { everReleased, type ReviewBook } from '../../../shared/review';
import { useT } from '../../i18n';
import { useReviewStore } from '../../stores/review-store';

/** 全量 or 分阶段 in plain words, and the first-release rule with the operator's "released before" fact. */
export function ReleaseModes({ book }: { book: ReviewBook }) {
  const t = useT();
  const setReleasedBefore = useReviewStore((state) => state.setReleasedBefore);
  const releasedThroughApp = book.versions.some((review) => review.events.some((event) => event.state === 'released'));
  return (
    <section className="card" data-testid="release-modes">
      <h2>{t('release.modesHeading')}</h2>
      <p>{t('release.fullExplain')}</p>
      <p>{t('release.phasedExplain')}</p>
      {!releasedThroughApp && (
        <>
          {!everReleased(book) && <p className="banner" data-testid="first-release-full">{t('release.firstFull')}</p>}
          <label>
            <input type="checkbox" checked={book.releasedBefore} onChange={(e) => void setReleasedBefore(book.appid, e.target.checked)} data-testid="released-before" />{' '}
            {t('release.releasedBefore')}
          </label>
        </>
      )}
    </section>
  );
}
