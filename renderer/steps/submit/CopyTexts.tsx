import { useEffect, useId, useState } from 'react';
import { uploadOf } from '../../../shared/version-suggest';
import { useT } from '../../i18n';
import { selectRecords, useHistoryStore } from '../../stores/history-store';
import { selectReviewAccount, useReviewAccountStore } from '../../stores/review-account-store';
import { useWizardStore } from '../../stores/wizard-store';
import { CopyButton } from '../../components/CopyButton';

/** What the 提审 form asks to be typed, ready to copy: the 版本描述, the test account, the screenshots hint. */
export function CopyTexts({ appid, projectRoot }: { appid: string; projectRoot: string }) {
  const t = useT();
  const draft = useWizardStore((s) => s.draft);
  const records = useHistoryStore(selectRecords(projectRoot));

  useEffect(() => {
    void useHistoryStore.getState().load(projectRoot);
  }, [projectRoot]);

  // The notes as typed in the wizard; else the ones this version was uploaded with.
  const notes = draft.desc.trim() || (uploadOf(records, draft.version)?.desc ?? '');
  return (
    <section className="card copy-texts" data-testid="copy-texts">
      <h2>{t('copy.heading')}</h2>
      <DescBlock key={notes} notes={notes} />
      <AccountBlock appid={appid} />
      <div className="copy-texts__block">
        <div className="copy-texts__head">
          <h3>{t('copy.media')}</h3>
          <CopyButton text={t('copy.mediaHint')} testId="copy-media-hint" />
        </div>
        <p data-testid="submit-media-hint">{t('copy.mediaHint')}</p>
      </div>
    </section>
  );
}

/** Editable before copying: the reviewer reads it, and the upload notes may have been written for colleagues. */
function DescBlock({ notes }: { notes: string }) {
  const t = useT();
  const [text, setText] = useState(notes);
  const headingId = useId();
  return (
    <div className="copy-texts__block">
      <div className="copy-texts__head">
        <h3 id={headingId}>{t('copy.desc')}</h3>
        <CopyButton text={text} testId="copy-desc" />
      </div>
      <p className="muted">{notes ? t('copy.descHelp') : t('copy.descEmpty')}</p>
      <textarea className="copy-texts__desc" value={text} onChange={(e) => setText(e.target.value)} rows={4} aria-labelledby={headingId} data-testid="submit-desc-text" />
    </div>
  );
}

function AccountBlock({ appid }: { appid: string }) {
  const t = useT();
  const account = useReviewAccountStore(selectReviewAccount(appid));
  const usernameLine = t('copy.usernameLine');
  const passwordLine = t('copy.passwordLine');
  return (
    <div className="copy-texts__block">
      <div className="copy-texts__head">
        <h3>{t('copy.account')}</h3>
        {account && <CopyButton text={`${usernameLine}${account.username}\n${passwordLine}${account.password}`} testId="copy-account" />}
      </div>
      {account ? (
        <div className="copy-texts__account" data-testid="submit-account-text">
          <p>
            <span className="copy-texts__label">{usernameLine}</span>
            <code>{account.username}</code>
            <CopyButton text={account.username} testId="copy-account-username" label={t('copy.copyUsername')} />
          </p>
          {/* The password is copied, never shown: the screen may be shared or photographed. */}
          <p>
            <span className="copy-texts__label">{passwordLine}</span>
            <code>{'•'.repeat(Math.min(account.password.length, 12))}</code>
            <CopyButton text={account.password} testId="copy-account-password" label={t('copy.copyPassword')} />
          </p>
        </div>
      ) : (
        <p className="muted">{t('copy.accountNone')}</p>
      )}
    </div>
  );
}
