import { useEffect, useState } from 'react';
import { MpPageLinks } from '../../components/MpPageLinks';
import { SavedFileNote } from '../../components/SavedFileNote';
import { useT } from '../../i18n';
import { usePreviewStore } from '../../stores/preview-store';
import { selectTrialQr, selectTrialSaved, useTrialStore } from '../../stores/trial-store';
import { copyPngToClipboard } from './clipboard-image';

/** What was copied, and of which link: a new page's QR has not been copied yet. */
type Copied = { what: 'image' | 'image-refused' | 'link'; link: string } | null;

/** The 体验版 QR code, drawn locally for the page chosen above: saved, copied as an image, its link copied as text. */
export function TrialQrCard({ appid }: { appid: string }) {
  const t = useT();
  const pagePath = usePreviewStore((state) => state.pagePath);
  const searchQuery = usePreviewStore((state) => state.searchQuery);
  const qr = useTrialStore(selectTrialQr(appid));
  const saved = useTrialStore(selectTrialSaved(appid));
  const [copiedState, setCopied] = useState<Copied>(null);
  const copied = copiedState && copiedState.link === qr?.link ? copiedState.what : null;

  useEffect(() => {
    void useTrialStore.getState().makeQr(appid, pagePath, searchQuery);
  }, [appid, pagePath, searchQuery]);

  const copyImage = async ({ image, link }: { image: string; link: string }) =>
    setCopied({ what: (await copyPngToClipboard(image)) ? 'image' : 'image-refused', link });
  const copyLink = async (link: string) => {
    await navigator.clipboard.writeText(link);
    setCopied({ what: 'link', link });
  };

  return (
    <section className="card trial-qr" data-testid="trial-qr-card">
      <h2>{t('trial.qrHeading')}</h2>
      <p className="muted">{t('trial.qrHow')}</p>
      <p>
        <MpPageLinks page="members" label={t('trial.openMembers')} />
      </p>
      {qr && (
        <div className="qr-block">
          <img className="qr" src={qr.image} alt={t('trial.qrAlt')} data-testid="trial-qr" />
          <div className="qr-block__side">
            <p>
              <code className="trial-link" data-testid="trial-link">
                {qr.link}
              </code>
            </p>
            <p className="muted">{t('trial.linkUnverified')}</p>
            <p className="mp-links">
              <button type="button" className="button button--small button--secondary" onClick={() => void useTrialStore.getState().save(appid)} data-testid="save-trial-qr">
                {t('trial.save')}
              </button>
              <button type="button" className="link-button" onClick={() => void copyImage(qr)} data-testid="copy-trial-qr">
                {copied === 'image' ? `✓ ${t('trial.copiedImage')}` : t('trial.copyImage')}
              </button>
              <button type="button" className="link-button" onClick={() => void copyLink(qr.link)} data-testid="copy-trial-link">
                {copied === 'link' ? `✓ ${t('trial.copiedLink')}` : t('trial.copyLink')}
              </button>
            </p>
            {copied === 'image-refused' && <p className="muted" role="status">{t('trial.copyImageRefused')}</p>}
            <SavedFileNote result={saved} savedWords={(file) => t('preview.saved', { file })} testId="trial-qr-saved" />
          </div>
        </div>
      )}
    </section>
  );
}
