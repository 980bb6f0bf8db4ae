import { useEffect, useMemo, useState } from 'react';
import { handoffContent, handoffText, type HandoffAccount, type HandoffStage } from '../../../../shared/handoff';
import { trialLink } from '../../../../shared/trial-link';
import { CopyButton } from '../../../components/CopyButton';
import { ErrorCard } from '../../../components/ErrorCard';
import { SavedFileNote } from '../../../components/SavedFileNote';
import { useT } from '../../../i18n';
import { selectHandoffSaved, useHandoffStore } from '../../../stores/handoff-store';
import { selectTrialQr, useTrialStore } from '../../../stores/trial-store';
import { drawHandoffCard } from './draw-handoff-card';
import './handoff.css';

interface HandoffCardProps {
  stage: HandoffStage;
  appid: string;
  version: string;
  notes: string;
  account: HandoffAccount | null;
}

/** 交给管理员: one card with what the admin needs, copied as text or saved as a PNG for a chat. */
export function HandoffCard({ stage, appid, version, notes, account }: HandoffCardProps) {
  const t = useT();
  const qr = useTrialStore(selectTrialQr(appid));
  const saved = useHandoffStore(selectHandoffSaved(appid, version));
  const [drawFailed, setDrawFailed] = useState(false);

  useEffect(() => {
    if (!qr) void useTrialStore.getState().makeQr(appid, '', '');
  }, [appid, qr]);

  const content = useMemo(
    () => handoffContent({ stage, appid, version, notes, account, trialLink: qr?.link ?? trialLink(appid) }, t),
    [stage, appid, version, notes, account, qr, t],
  );
  const text = handoffText(content, t);

  const saveImage = async () => {
    setDrawFailed(false);
    try {
      const image = await drawHandoffCard(content, qr?.image ?? null, {
        whatToClick: t('handoff.whatToClick'),
        qrCaption: t('handoff.qrCaption'),
        line: (label, value) => t('handoff.line', { label, value }),
      });
      await useHandoffStore.getState().save(appid, version, image);
    } catch {
      setDrawFailed(true);
    }
  };

  return (
    <section className="card handoff" data-testid={`handoff-card-${stage}`} aria-labelledby={`handoff-heading-${stage}`}>
      <h2 id={`handoff-heading-${stage}`}>{t('handoff.heading')}</h2>
      <p className="muted">{t('handoff.intro')}</p>
      <div className="handoff__body">
        <pre className="handoff__text" data-testid="handoff-text">{text}</pre>
        {qr && (
          <figure className="handoff__qr">
            <img src={qr.image} alt={t('handoff.qrCaption')} width={160} height={160} />
            <figcaption className="muted">{t('handoff.qrCaption')}</figcaption>
          </figure>
        )}
      </div>
      <p className="handoff__actions">
        <CopyButton text={text} testId="copy-handoff" />
        <button type="button" className="button button--secondary button--small" onClick={() => void saveImage()} data-testid="save-handoff">
          {t('handoff.save')}
        </button>
      </p>
      {drawFailed && <ErrorCard problem={{ code: 'handoff.not-png', severity: 'error' }} />}
      <SavedFileNote result={saved} savedWords={(file) => t('handoff.saved', { file })} testId="handoff-saved" />
    </section>
  );
}
