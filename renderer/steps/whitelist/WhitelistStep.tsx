import { useEffect } from 'react';
import { WHITELIST_TYPES } from '../../../shared/domains';
import { ErrorCard } from '../../components/ErrorCard';
import { MpPageLinks } from '../../components/MpPageLinks';
import { useT } from '../../i18n';
import { useAppStore } from '../../stores/app-store';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { selectTicks, useWhitelistStore } from '../../stores/whitelist-store';
import { useWizardStore } from '../../stores/wizard-store';
import { DomainTypeCard } from './DomainTypeCard';
import { ImageHostsCard } from './ImageHostsCard';
import { IpWhitelistPanel } from './IpWhitelistPanel';
import { MentionedHosts } from './MentionedHosts';

export function WhitelistStep() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  // The domain scan is part of the project's verdict: read once, when the project was opened.
  const domains = useProjectStore((state) => state.check?.domains ?? null);
  const appid = summary?.appid ?? '';
  const ticks = useWhitelistStore(selectTicks(appid));
  const signedIn = useAppStore((state) => state.mpSignedIn);
  const { loadTicks, tick } = useWhitelistStore.getState();
  const finish = useWizardStore((state) => state.finish);

  useEffect(() => {
    if (appid) void loadTicks(appid);
    void useAppStore.getState().refreshMpStatus();
  }, [appid, loadTicks]);

  if (!summary) return <main className="step">{t('key.noProject')}</main>;
  return (
    <main className="step" data-testid="step-whitelist">
      <h1>{t('wl.heading')}</h1>
      <p className="intro">{t('wl.intro')}</p>
      <p>
        <MpPageLinks page="devSettings" label={t('wl.open')} />
      </p>
      {signedIn && <p className="muted">{t('wl.signedIn')}</p>}

      <IpWhitelistPanel projectRoot={summary.projectRoot} appid={appid} />

      <h2>{t('wl.domains')}</h2>
      <p className="muted">{t('wl.domainsHow')}</p>
      {domains && (
        <>
          {domains.problems.map((problem, i) => (
            <ErrorCard key={i} problem={problem} />
          ))}
          {WHITELIST_TYPES.map((type) => (
            <DomainTypeCard
              key={type}
              type={type}
              scan={domains}
              ticked={ticks?.[type] ?? []}
              onTick={(origin, done) => void tick(appid, type, origin, done)}
            />
          ))}
          <ImageHostsCard scan={domains} ticked={ticks?.downloadFile ?? []} onTick={(origin, done) => void tick(appid, 'downloadFile', origin, done)} />
          <MentionedHosts scan={domains} />
          <p className="muted" data-testid="scan-stats">
            {t('wl.scanned', { files: domains.filesScanned, ms: Math.round(domains.durationMs) })}
          </p>
        </>
      )}
      <p className="step__next">
        <button type="button" className="button" onClick={() => finish('whitelist')} data-testid="next-version">
          {t('wl.next')}
        </button>
      </p>
    </main>
  );
}
