import { useState } from 'react';
import { everReleased, phaseClock, type ReleaseMode, type ReviewBook } from '../../../shared/review';
import { useT } from '../../i18n';
import { today, useReviewStore } from '../../stores/review-store';
import { RecordDate } from '../submit/records/RecordDate';

/**
 * 记录：已发布 with the mode and the day: the 发布 step's one primary action. While this version's
 * phase runs, the same action records that it reached 全量.
 */
export function ReleaseRecordForm({ book, version, phaseRunning }: { book: ReviewBook; version: string; phaseRunning: boolean }) {
  const t = useT();
  const record = useReviewStore((state) => state.record);
  const [day, setDay] = useState(today);
  const [chosen, setChosen] = useState<ReleaseMode>('full');
  const phasedAllowed = everReleased(book) && !phaseRunning;
  const mode: ReleaseMode = phasedAllowed ? chosen : 'full';
  const otherPhase = phaseClock(book, today());
  const blocked = otherPhase !== null && otherPhase.version !== version;
  return (
    <div className="review-form" data-testid="release-form">
      {blocked && (
        <p className="banner banner--error" data-testid="release-blocked">
          {t('release.phaseOther', { version: otherPhase.version, day: otherPhase.day })}
        </p>
      )}
      {!phaseRunning && (
        <fieldset className="release-modes">
          <legend>{t('release.modeLabel')}</legend>
          <label>
            <input type="radio" name="release-mode" checked={mode === 'full'} onChange={() => setChosen('full')} data-testid="release-mode-full" /> {t('release.modeFull')}
          </label>
          <label>
            <input type="radio" name="release-mode" checked={mode === 'phased'} disabled={!phasedAllowed} onChange={() => setChosen('phased')} data-testid="release-mode-phased" />{' '}
            {t('release.modePhased')}
          </label>
        </fieldset>
      )}
      <RecordDate value={day} max={today()} onChange={setDay} />
      <p className="step__next">
        <button type="button" className="button" disabled={blocked || !day} onClick={() => void record(book.appid, version, { state: 'released', at: day, mode })} data-testid="record-released">
          {t(phaseRunning ? 'release.recordFull' : 'release.recordReleased')}
        </button>
      </p>
    </div>
  );
}
