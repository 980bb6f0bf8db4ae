import { useEffect, useState } from 'react';
import type { ReviewAccount } from '../../../shared/review-account';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { selectReviewAccount, selectReviewAccountProblem, selectReviewAccountSaved, useReviewAccountStore } from '../../stores/review-account-store';
import { CopyButton } from '../../components/CopyButton';

/**
 * The reviewer's test account, for a Mini Program behind a login. Always offered; open when an account
 * is saved or the readiness report found a login wall (`needed`), folded otherwise.
 */
export function TestAccountCard({ appid, needed }: { appid: string; needed: boolean }) {
  const t = useT();
  const account = useReviewAccountStore(selectReviewAccount(appid));
  const saved = useReviewAccountStore(selectReviewAccountSaved(appid));
  const problem = useReviewAccountStore(selectReviewAccountProblem(appid));

  useEffect(() => {
    void useReviewAccountStore.getState().load(appid);
  }, [appid]);

  if (account === undefined) return problem ? <ErrorCard problem={problem} /> : null;
  return (
    // Remounted once an account exists or a login wall is found, so it opens by itself then.
    <details key={`${account !== null}${needed}`} className="card test-account" data-testid="test-account" open={account !== null || needed}>
      <summary>
        <strong>{t('account.heading')}</strong>
        <span className="submit-card__line" data-testid="test-account-summary">
          {account ? t('account.summarySaved', { username: account.username }) : t('account.summaryNone')}
        </span>
      </summary>
      <p className="muted">{t('account.why')}</p>
      {problem && <ErrorCard problem={problem} />}
      <AccountForm key={account ? `${account.username}\n${account.password}\n${account.note}` : ''} appid={appid} account={account} />
      {saved && (
        <p className="banner banner--ok" data-testid="test-account-saved" data-where={saved}>
          {saved === 'session' ? t('account.sessionOnly') : t('account.saved')}
        </p>
      )}
      {account && (
        <p className="test-account__actions">
          <CopyButton text={handOff(account, t)} testId="copy-test-account" label={t('account.copy')} />
          <button type="button" className="link-button" onClick={() => void useReviewAccountStore.getState().clear(appid)} data-testid="test-account-clear">
            {t('account.clear')}
          </button>
        </p>
      )}
    </details>
  );
}

function handOff(account: ReviewAccount, t: ReturnType<typeof useT>): string {
  const lines = t('account.handOff', { username: account.username, password: account.password });
  return account.note ? `${lines}\n${t('account.handOffNote', { note: account.note })}` : lines;
}

function AccountForm({ appid, account }: { appid: string; account: ReviewAccount | null }) {
  const t = useT();
  const [username, setUsername] = useState(account?.username ?? '');
  const [password, setPassword] = useState(account?.password ?? '');
  const [note, setNote] = useState(account?.note ?? '');
  const ready = username.trim() !== '' && password !== '';
  const save = () => void useReviewAccountStore.getState().save(appid, { username: username.trim(), password, note: note.trim() });
  return (
    <form
      className="test-account__form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) save();
      }}
    >
      <label>
        {t('account.username')}
        <input value={username} onChange={(e) => setUsername(e.target.value)} maxLength={128} autoComplete="off" data-testid="test-account-username" />
      </label>
      <label>
        {t('account.password')}
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} maxLength={128} autoComplete="new-password" data-testid="test-account-password" />
      </label>
      <label className="test-account__note">
        {t('account.note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} placeholder={t('account.notePlaceholder')} data-testid="test-account-note" />
      </label>
      <p>
        <button type="submit" className="button button--secondary" disabled={!ready} data-testid="test-account-save">
          {t('account.save')}
        </button>
      </p>
    </form>
  );
}
