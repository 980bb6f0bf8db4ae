import type { ReadinessAnswers, ReadinessPrivacyCategory } from '../../../../shared/readiness';
import { useT } from '../../../i18n';
import { useAppStore } from '../../../stores/app-store';
import { useReadinessStore } from '../../../stores/readiness-store';
import { PRIVACY_CATEGORY_LABELS } from '../../precheck/labels';
import { PrivacyPlaces } from '../../../components/PrivacyPlaces';

/** Each kind of user information the code uses, its places folded, and the tick "declared in the guide". */
export function ReadinessPrivacy({ privacy, answers }: { privacy: readonly ReadinessPrivacyCategory[]; answers: ReadinessAnswers }) {
  const t = useT();
  const setDeclared = useReadinessStore((state) => state.setDeclared);
  const openLink = useAppStore((state) => state.openLink);
  const declared = new Set(answers.declared);
  return (
    <div className="readiness-privacy" data-testid="readiness-privacy">
      <h3>{t('readiness.privacy.title')}</h3>
      {privacy.length === 0 ? (
        <p className="muted">{t('readiness.privacy.none')}</p>
      ) : (
        <>
          <p className="muted">{t('readiness.privacy.hint')}</p>
          <ul>
            {privacy.map((use) => (
              <li key={use.category} data-testid="readiness-privacy-category" data-category={use.category} data-declared={declared.has(use.category)}>
                <label className="readiness-privacy__tick">
                  <input
                    type="checkbox"
                    checked={declared.has(use.category)}
                    onChange={(event) => void setDeclared(use.category, event.target.checked)}
                    data-testid={`privacy-declared-${use.category}`}
                  />
                  <strong>{t(PRIVACY_CATEGORY_LABELS[use.category])}</strong>
                  <span className="muted">{t('readiness.privacy.declared')}</span>
                </label>
                <details>
                  <summary>{t('precheck.privacyPlaces', { count: use.evidence.length })}</summary>
                  <PrivacyPlaces evidence={use.evidence} className="readiness-privacy__places" />
                </details>
              </li>
            ))}
          </ul>
          <p className="mp-links">
            <button type="button" className="link-button" onClick={() => void openLink({ kind: 'mp', page: 'privacy' }, 'app')}>
              {t('readiness.privacy.open')} ↗
            </button>
          </p>
        </>
      )}
    </div>
  );
}
