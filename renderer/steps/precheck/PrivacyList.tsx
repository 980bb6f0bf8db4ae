import type { PrivacyUse } from '../../../shared/precheck';
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
              <ul className="precheck-privacy__places">
                {use.evidence.map((place) => (
                  <li key={`${place.file}:${place.line}:${place.api}`}>
                    <code>{place.api}</code> <code className="muted">{`${place.file}:${place.line}`}</code>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
