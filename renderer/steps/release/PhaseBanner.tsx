import { useEffect } from 'react';
import { phaseClock } from '../../../shared/review';
import { useT } from '../../i18n';
import { today, useReviewStore } from '../../stores/review-store';
import { VersionsPageLinks } from './VersionsPageLinks';

/**
 * At every start: each appid (of the review records, where every phased release is kept) with a
 * phased release under way, its day of 15 and the day it goes 全量 by itself.
 */
export function PhaseBanner() {
  const t = useT();
  const books = useReviewStore((state) => state.all);

  useEffect(() => {
    void useReviewStore.getState().loadAll();
  }, []);

  const day = today();
  const running = books.flatMap((book) => {
    const clock = phaseClock(book, day);
    return clock ? [{ appid: book.appid, clock }] : [];
  });
  if (running.length === 0) return null;
  return (
    <div className="notices">
      {running.map(({ appid, clock }) => (
        <div key={appid} className="banner phase-banner" data-testid="phase-clock-banner" data-appid={appid} data-day={clock.day}>
          <span>{t('banner.phase', { appid, day: clock.day, date: clock.autoFullOn })}</span>
          <VersionsPageLinks testIdPrefix="phase-banner-versions" />
        </div>
      ))}
    </div>
  );
}
