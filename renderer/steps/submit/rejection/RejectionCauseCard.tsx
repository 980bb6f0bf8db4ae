import { useId } from 'react';
import type { Lang } from '../../../../shared/model';
import type { DescribedCause } from '../../../../shared/rejection/describe-rejection';
import { CopyButton } from '../../../components/CopyButton';
import { useT } from '../../../i18n';
import { useAppStore } from '../../../stores/app-store';

/**
 * One likely cause (or the general advice, id 'unknown'). The appeal box always holds the Chinese
 * text: it is pasted into WeChat's 反馈 / 申诉 form, which reviewers read in Chinese; in another
 * language the translation is folded beneath it.
 */
export function RejectionCauseCard({ cause, lang }: { cause: DescribedCause; lang: Lang }) {
  const t = useT();
  const openLink = useAppStore((state) => state.openLink);
  const appealId = useId();
  const known = cause.id !== 'unknown';
  return (
    <article className="card rejection-cause" data-testid={known ? 'rejection-cause' : 'rejection-general'} data-cause={cause.id}>
      <h4 className="rejection-cause__title">{cause.title}</h4>
      <p>
        <strong>{t('rejection.why')}</strong>
        {cause.why}
      </p>
      <p>
        <strong>{t('rejection.fix')}</strong>
        {cause.fix}
      </p>
      {known && cause.matched.length > 0 && <p className="muted rejection-cause__matched">{t('rejection.matched', { phrases: cause.matched.join(t('list.separator')) })}</p>}
      <p className="mp-links">
        <button type="button" className="button button--secondary" onClick={() => void openLink(cause.link, 'app')} data-testid="rejection-open">
          {t('rejection.open')} ↗
        </button>
        {cause.link.kind === 'mp' && (
          <button type="button" className="link-button" onClick={() => void openLink(cause.link, 'browser')}>
            {t('wl.openInBrowser')}
          </button>
        )}
      </p>
      <label htmlFor={appealId} className="rejection-cause__appeal-label">
        {t('rejection.appeal')}
      </label>
      <p className="muted">{t('rejection.appealHow')}</p>
      <textarea id={appealId} className="rejection-cause__appeal" readOnly value={cause.appealZh} rows={4} data-testid="rejection-appeal" />
      <CopyButton text={cause.appealZh} testId="copy-appeal" />
      {lang !== 'zh-CN' && (
        <details>
          <summary>{t('rejection.appealTranslation')}</summary>
          <p>{cause.appeal}</p>
        </details>
      )}
    </article>
  );
}
