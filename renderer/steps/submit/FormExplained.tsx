import { REVIEW_RULES_URL } from '../../../shared/deep-links';
import { MpPageLinks } from '../../components/MpPageLinks';
import { useT } from '../../i18n';
import { useAppStore } from '../../stores/app-store';

/** The 提审 form's choices in plain words, the review rules, and the exact way to the form. */
export function FormExplained() {
  const t = useT();
  const openLink = useAppStore((s) => s.openLink);
  return (
    <section className="card form-explained" data-testid="form-explained">
      <h2>{t('form.heading')}</h2>
      <dl className="form-explained__list">
        <dt>{t('form.urgent')}</dt>
        <dd data-testid="form-urgent">{t('form.urgentHow')}</dd>
        <dt>{t('form.privacy')}</dt>
        <dd data-testid="form-privacy">{t('form.privacyHow')}</dd>
        <dt>{t('form.rules')}</dt>
        <dd data-testid="form-rules">
          {t('form.rulesHow')}{' '}
          <button type="button" className="link-button" onClick={() => void openLink({ kind: 'url', url: REVIEW_RULES_URL }, 'browser')} data-testid="open-review-rules">
            {t('form.openRules')}
          </button>
        </dd>
      </dl>
      <p className="muted">{t('form.openHow')}</p>
      <p>
        <MpPageLinks page="submitAudit" label={t('form.open')} />
      </p>
    </section>
  );
}
