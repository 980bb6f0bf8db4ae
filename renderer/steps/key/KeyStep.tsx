import { useEffect, useState } from 'react';
import { ErrorCard } from '../../components/ErrorCard';
import { MpPageLinks } from '../../components/MpPageLinks';
import { useT } from '../../i18n';
import { ConfirmAction } from '../../components/ConfirmAction';
import { selectKeyFailure, selectKeyFor, selectLastImport, useKeyStore } from '../../stores/key-store';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { useWizardStore } from '../../stores/wizard-store';
import { KeyDetails } from './KeyDetails';
import { KeyImport } from './KeyImport';
import { SavedKeys } from './SavedKeys';

export function KeyStep() {
  const t = useT();
  const appid = useProjectStore(selectSummary)?.appid;
  const keys = useKeyStore((state) => state.keys);
  const busy = useKeyStore((state) => state.busy);
  const current = useKeyStore(selectKeyFor(appid));
  const result = useKeyStore(selectLastImport(appid));
  const failure = useKeyStore(selectKeyFailure(appid));
  const { load, importForSession, importConfirmed, remove, clearAnswer } = useKeyStore.getState();
  const finish = useWizardStore((state) => state.finish);
  const [replacing, setReplacing] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  if (!appid) return <main className="step">{t('key.noProject')}</main>;
  const showImport = !current || (replacing && !result?.ok);
  return (
    <main className="step" data-testid="step-key">
      <h1>{t('key.heading')}</h1>
      <p className="intro">{t('key.intro')}</p>
      <p>
        <MpPageLinks page="devSettings" label={t('key.whereToGet')} />
      </p>
      <p className="muted">{t('key.forProject', { appid })}</p>

      {showImport ? (
        <KeyImport appid={appid} />
      ) : (
        <section className="card" data-testid="current-key">
          <h2>{t('key.current')}</h2>
          <KeyDetails info={current} />
          <p>
            <button type="button" className="button" onClick={() => finish('key')} data-testid="next-whitelist">
              {t('key.next')}
            </button>{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                clearAnswer();
                setReplacing(true);
              }}
              data-testid="replace-key"
            >
              {t('key.replace')}
            </button>{' '}
            <ConfirmAction
              label={t('key.remove')}
              question={t('key.removeAsk', { appid: current.appid })}
              confirmLabel={t('key.removeConfirm')}
              cancelLabel={t('key.cancel')}
              onConfirm={() => void remove(current.appid)}
              testId="remove-key"
            />
          </p>
        </section>
      )}

      {busy && (
        <p className="banner" role="status">
          {t('key.importing')}
        </p>
      )}
      {result?.ok && (
        <p className="banner banner--ok" data-testid="key-saved">
          ✓ {result.key.sessionOnly ? t('key.savedSession') : t('key.saved')}
        </p>
      )}
      {result && !result.ok && <ErrorCard problem={result.problem} />}
      {result && !result.ok && result.canUseForSession && (
        <button type="button" className="button" onClick={() => void importForSession(appid)} data-testid="use-for-session">
          {t('key.useForSession')}
        </button>
      )}
      {result && !result.ok && result.appidConflict && (
        <button type="button" className="button button--quiet" onClick={() => void importConfirmed(appid)} data-testid="confirm-appid">
          {t('key.confirmAppid', result.appidConflict)}
        </button>
      )}
      {failure && <ErrorCard problem={failure} />}
      <SavedKeys keys={keys} onRemove={(id) => void remove(id)} />
    </main>
  );
}
