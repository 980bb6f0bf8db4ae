import type { StoredKeyInfo } from '../../../shared/keys';
import { useT } from '../../i18n';

export function SavedKeys({ keys, onRemove }: { keys: StoredKeyInfo[]; onRemove(appid: string): void }) {
  const t = useT();
  return (
    <section className="recent" data-testid="saved-keys">
      <h3>{t('key.all')}</h3>
      {keys.length === 0 && <p className="muted">{t('key.none')}</p>}
      <ul>
        {keys.map((key) => (
          <li key={key.appid}>
            <span className="recent__open">
              <strong>{key.appid}</strong>
              <span className="muted">
                {key.fingerprint} · {key.sessionOnly ? t('key.sessionOnly') : key.backend}
              </span>
            </span>
            <button type="button" className="link-button" onClick={() => onRemove(key.appid)}>
              {t('key.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
