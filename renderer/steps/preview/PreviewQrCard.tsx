import { PHASE_LABELS } from '../../../shared/i18n/labels';
import { ErrorCard } from '../../components/ErrorCard';
import { ProgressBar } from '../../components/ProgressBar';
import { SavedFileNote } from '../../components/SavedFileNote';
import { useT } from '../../i18n';
import {
  selectPreviewProblem,
  selectPreviewProgress,
  selectPreviewQr,
  selectPreviewSaved,
  selectPreviewStatus,
  usePreviewStore,
} from '../../stores/preview-store';
import { ExpiryNote } from './ExpiryNote';

/** The preview QR code: made by a preview job, shown large with its expiry, saved, made again. */
export function PreviewQrCard({ projectRoot, appid, robot }: { projectRoot: string; appid: string; robot: number }) {
  const t = useT();
  const status = usePreviewStore(selectPreviewStatus(projectRoot));
  const progress = usePreviewStore(selectPreviewProgress(projectRoot));
  const problem = usePreviewStore(selectPreviewProblem(projectRoot));
  const qr = usePreviewStore(selectPreviewQr(projectRoot));
  const saved = usePreviewStore(selectPreviewSaved(projectRoot));
  const { make, stop, save } = usePreviewStore.getState();

  return (
    <section className="card preview-qr" data-testid="preview-card" data-status={status}>
      <h2>{t('preview.qrHeading')}</h2>
      <p className="muted">{t('preview.qrHow', { robot })}</p>
      {status === 'running' ? (
        <div role="status">
          <ProgressBar
            fraction={progress?.fraction ?? 0}
            label={progress ? t(PHASE_LABELS[progress.phase]) : t('preview.making')}
            indeterminate={progress?.indeterminate === true}
            percentText={progress?.indeterminate ? '' : t('preview.percent', { percent: Math.round((progress?.fraction ?? 0) * 100) })}
            testId="preview-progress"
          />
          <button type="button" className="link-button" onClick={() => void stop()} data-testid="preview-stop">
            {t('preview.stop')}
          </button>
        </div>
      ) : (
        !qr && (
          <button type="button" className="button button--secondary" onClick={() => void make(projectRoot, robot)} data-testid="make-preview">
            {t('preview.make')}
          </button>
        )
      )}
      {status === 'failed' && problem && <ErrorCard problem={problem} />}
      {qr && status !== 'running' && (
        <div className="qr-block">
          <img className="qr qr--large" src={qr.dataUrl} alt={t('preview.qrAlt')} data-testid="preview-qr" />
          <div className="qr-block__side">
            <ExpiryNote madeAt={qr.madeAt} />
            <p className="mp-links">
              <button type="button" className="button button--small button--secondary" onClick={() => void save(appid)} data-testid="save-preview-qr">
                {t('preview.save')}
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => void make(projectRoot, robot)} data-testid="remake-preview">
                {t('preview.remake')}
              </button>
            </p>
            <SavedFileNote result={saved} savedWords={(file) => t('preview.saved', { file })} testId="preview-qr-saved" />
          </div>
        </div>
      )}
    </section>
  );
}
