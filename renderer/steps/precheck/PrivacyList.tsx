import type { PrivacyUse } from '../../../shared/precheck';
import { PrivacyPlaces } from '../../components/PrivacyPlaces';
import { useT } from '../../i18n';
import { PRIVACY_CATEGORY_LABELS } from './labels';

/** Each kind of user information the code handles, with the places that handle it (folded). */
export function PrivacyList({ uses }: { uses: readonly PrivacyUse[] }) {
  const t = useT();
  return (
    <div className="precheck-privacy" data-testid="privacy-list">
      <p className="precheck-privacy__title">{t('precheck.privacyList')}</p>
      <ul>
        {uses.map((use) => (
          <li key={use.category} data-testid="privacy-category" data-category={use.category}>
            <details>
              <summary>
                <strong>{t(PRIVACY_CATEGORY_LABELS[use.category])}</strong>
                <span className="muted"> · {t('precheck.privacyPlaces', { count: use.evidence.length })}</span>
              </summary>
              <PrivacyPlaces evidence={use.evidence} className="precheck-privacy__places" />
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
