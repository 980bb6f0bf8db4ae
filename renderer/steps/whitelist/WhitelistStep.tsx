import { useEffect, useState } from 'react';
import { WHITELIST_TYPES } from '../../../shared/domains';
import { api } from '../../api';
import { ErrorCard } from '../../components/ErrorCard';
import { MpPageLinks } from '../../components/MpPageLinks';
import { useT } from '../../i18n';
import { useProjectStore } from '../../stores/project-store';
import { useWhitelistStore } from '../../stores/whitelist-store';
import { DomainTypeCard } from './DomainTypeCard';
import { IpWhitelistPanel } from './IpWhitelistPanel';

export function WhitelistStep() {
  const t = useT();
  const summary = useProjectStore((state) => state.report?.summary);
  const { scanning, scan, ticks, load, tick } = useWhitelistStore();
  const [signedIn, setSignedIn] = useState(false);

  useEffect(() => {
    if (summary) void load(summary.projectRoot, summary.appid);
    void api().mp.status().then((status) => setSignedIn(status.signedIn));
  }, [summary, load]);

  if (!summary) return <main className="step">{t('key.noProject')}</main>;
  return (
    <main className="step" data-testid="step-whitelist">
      <h1>{t('wl.heading')}</h1>
      <p className="intro">{t('wl.intro')}</p>
      <p>
        <MpPageLinks page="devSettings" label={t('wl.open')} />
      </p>
      {signedIn && <p className="muted">{t('wl.signedIn')}</p>}

      <h2>{t('wl.domains')}</h2>
      <p className="muted">{t('wl.domainsHow')}</p>
      {scanning && (
        <p className="banner" role="status">
          {t('wl.scanning')}
        </p>
      )}
      {!scanning && scan && !scan.ok && <ErrorCard problem={scan.problem} />}
      {!scanning && scan?.ok && (
        <>
          {scan.scan.problems.map((problem, i) => (
            <ErrorCard key={i} problem={problem} />
          ))}
          {WHITELIST_TYPES.map((type) => (
            <DomainTypeCard
              key={type}
              type={type}
              scan={scan.scan}
              ticked={ticks?.[type] ?? []}
              onTick={(origin, done) => void tick(summary.appid, type, origin, done)}
            />
          ))}
          <p className="muted" data-testid="scan-stats">
            {t('wl.scanned', { files: scan.scan.filesScanned, ms: Math.round(scan.scan.durationMs) })}
          </p>
        </>
      )}
      <IpWhitelistPanel projectRoot={summary.projectRoot} />
    </main>
  );
}
