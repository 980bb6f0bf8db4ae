import { useEffect, useState } from 'react';
import { mpPageUrl } from '../../../shared/deep-links';
import { api } from '../../api';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { useKeyStore } from '../../stores/key-store';
import { useProjectStore } from '../../stores/project-store';
import { useWizardStore } from '../../stores/wizard-store';
import { KeyDetails } from './KeyDetails';
import { KeyImport } from './KeyImport';
import { SavedKeys } from './SavedKeys';

export function KeyStep() {
  const t = useT();
  const appid = useProjectStore((state) => state.report?.summary?.appid);
  const { keys, busy, result, failure, pendingPath, load, importForSession, remove } = useKeyStore();
  const [replacing, setReplacing] = useState(false);
  const goTo = useWizardStore((state) => state.goTo);
  const current = keys.find((key) => key.appid === appid);

  useEffect(() => {
    void load();
  }, [load]);

  if (!appid) return <main className="step">{t('key.noProject')}</main>;
  const showImport = !current || (replacing && !result?.ok);
  return (
    <main className="step" data-testid="step-key">
      <h1>{t('key.heading')}</h1>
      <p className="intro">
        {t('key.intro')}{' '}
        <button type="button" className="link-button" onClick={() => void api().shell.openExternal({ url: mpPageUrl('devSettings') })}>
          {t('key.whereToGet')} ↗
        </button>
      </p>
      <p className="muted">{t('key.forProject', { appid })}</p>

      {showImport ? (
        <KeyImport appid={appid} />
      ) : (
        <section className="card" data-testid="current-key">
          <h2>{t('key.current')}</h2>
          <KeyDetails info={current} />
          <p>
            <button type="button" className="button" onClick={() => goTo('whitelist')} data-testid="next-whitelist">
              {t('key.next')}
            </button>{' '}
            <button type="button" className="button button--quiet" onClick={() => {
                useKeyStore.setState({ result: null });
                setReplacing(true);
              }}
              data-testid="replace-key">
              {t('key.replace')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => void remove(current.appid)} data-testid="remove-key">
              {t('key.remove')}
            </button>
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
      {result?.ok && result.warnings.map((warning, i) => <ErrorCard key={i} problem={warning} />)}
      {result && !result.ok && <ErrorCard problem={result.problem} />}
      {pendingPath && (
        <button type="button" className="button" onClick={() => void importForSession(appid)} data-testid="use-for-session">
          {t('key.useForSession')}
        </button>
      )}
      {failure && <ErrorCard problem={failure} />}
      <SavedKeys keys={keys} onRemove={(id) => void remove(id)} />
    </main>
  );
}
