import { useT } from '../../i18n';
import { PREVIEW_QR_VALID_MINUTES } from '../../stores/preview-store';
import { useSettingsStore } from '../../stores/settings-store';
import { useNow } from './use-now';

/** How long the preview QR has left, counted down, and that the 25 minutes are WeChat's unpublished rule. */
export function ExpiryNote({ madeAt }: { madeAt: number }) {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const now = useNow(1000);
  const expiresAt = madeAt + PREVIEW_QR_VALID_MINUTES * 60_000;
  const left = Math.max(0, Math.ceil((expiresAt - now) / 1000));
  const clock = (at: number) => new Date(at).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="expiry">
      {left > 0 ? (
        <p data-testid="preview-expiry" data-seconds-left={left}>
          {t('preview.expiresIn', { minutes: Math.floor(left / 60), seconds: left % 60, time: clock(expiresAt) })}
        </p>
      ) : (
        <p className="banner banner--warn" data-testid="preview-expired">
          {t('preview.expired', { time: clock(madeAt) })}
        </p>
      )}
      <p className="muted">{t('preview.expiryUnverified', { minutes: PREVIEW_QR_VALID_MINUTES })}</p>
    </div>
  );
}
