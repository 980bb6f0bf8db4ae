import type { StoredKeyInfo } from '../../../shared/keys';
import { ConfirmAction } from '../../components/ConfirmAction';
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
            <ConfirmAction
              label={t('key.remove')}
              question={t('key.removeAsk', { appid: key.appid })}
              confirmLabel={t('key.removeConfirm')}
              cancelLabel={t('key.cancel')}
              onConfirm={() => onRemove(key.appid)}
              testId={`remove-saved-${key.appid}`}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
