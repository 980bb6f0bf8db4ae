import { useEffect } from 'react';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { selectKeyFor, useKeyStore } from '../../stores/key-store';
import { useSettingsStore } from '../../stores/settings-store';
import { checkInputs, selectCheck, selectIp, useWhitelistStore } from '../../stores/whitelist-store';
import { PublicIpList } from './PublicIpList';

/** The upload IP whitelist: this machine's public IP, what to do with it, and a check that proves it worked. */
export function IpWhitelistPanel({ projectRoot, appid }: { projectRoot: string; appid: string }) {
  const t = useT();
  const proxy = useSettingsStore((state) => state.proxy);
  const fingerprint = useKeyStore(selectKeyFor(appid))?.fingerprint;
  const ip = useWhitelistStore(selectIp(proxy));
  const ipLooking = useWhitelistStore((state) => state.ipLooking);
  const check = useWhitelistStore(selectCheck(checkInputs(projectRoot, fingerprint, proxy)));
  const { lookUpIp, checkConnection } = useWhitelistStore.getState();
  // WeChat's refusal names the address it saw: that is the one to whitelist.
  const refusal = check?.status === 'failed' && check.problem.code === 'ci.invalid-ip' ? check.problem : null;
  const wechatIp = refusal ? String(refusal.params?.ip ?? '') || null : null;

  // Asked again whenever the proxy changes: the proxy's address is the one WeChat sees.
  useEffect(() => {
    void lookUpIp();
  }, [lookUpIp, proxy]);

  return (
    <section className="card" data-testid="ip-whitelist">
      <h2>{t('wl.ip')}</h2>
      <p>{t('wl.ipHow')}</p>
      {ipLooking && !wechatIp && <p className="muted">{t('wl.ipLooking')}</p>}
      {(!ipLooking || wechatIp) && <PublicIpList wechatIp={wechatIp} answers={ip?.ok ? ip : null} />}
      {!ipLooking && !wechatIp && ip && !ip.ok && <ErrorCard problem={ip.problem} />}
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={check?.status === 'running'}
          onClick={() => void checkConnection(projectRoot, appid)}
          data-testid="check-connection"
        >
          {t('wl.check')}
        </button>{' '}
        <button type="button" className="link-button" onClick={() => void lookUpIp()}>
          {t('wl.ipRetry')}
        </button>
      </p>
      {check?.status === 'running' && (
        <p className="banner" role="status">
          {t('wl.checking')}
        </p>
      )}
      {check?.status === 'ok' && (
        <p className="banner banner--ok" data-testid="check-ok">
          ✓ {t('wl.checkOk')}
        </p>
      )}
      {check?.status === 'failed' && <ErrorCard problem={check.problem} />}
    </section>
  );
}
