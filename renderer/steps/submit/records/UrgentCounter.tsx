import { useState } from 'react';
import { URGENT_QUOTA_MAX, urgentUsedThisYear, type ReviewBook } from '../../../../shared/review';
import { useT } from '../../../i18n';
import { useReviewStore } from '../../../stores/review-store';

/** 加急 used this calendar year against the quota, which the operator can correct (it is unverified). */
export function UrgentCounter({ book, today }: { book: ReviewBook; today: string }) {
  const t = useT();
  const setUrgentQuota = useReviewStore((state) => state.setUrgentQuota);
  const [editing, setEditing] = useState(false);
  const [quota, setQuota] = useState(book.urgentQuota);
  const used = urgentUsedThisYear(book, today);
  const save = async () => {
    await setUrgentQuota(book.appid, quota);
    setEditing(false);
  };
  return (
    <div className="review-urgent">
      <p>
        <span data-testid="urgent-counter" data-used={used} data-quota={book.urgentQuota}>
          {t('review.urgentCounter', { used, quota: book.urgentQuota })}
        </span>{' '}
        {!editing && (
          <button type="button" className="link-button" onClick={() => { setQuota(book.urgentQuota); setEditing(true); }} data-testid="urgent-quota-edit">
            {t('review.urgentEdit')}
          </button>
        )}
      </p>
      {editing && (
        <p>
          <label>
            {t('review.urgentQuotaLabel')}{' '}
            <input type="number" min={0} max={URGENT_QUOTA_MAX} value={quota} onChange={(e) => setQuota(Math.max(0, Math.min(URGENT_QUOTA_MAX, Math.round(Number(e.target.value) || 0))))} data-testid="urgent-quota" />
          </label>{' '}
          <button type="button" className="button button--small button--secondary" onClick={() => void save()} data-testid="urgent-quota-save">
            {t('review.urgentSave')}
          </button>
        </p>
      )}
      <p className="muted">{t('review.urgentUnverified')}</p>
    </div>
  );
}
