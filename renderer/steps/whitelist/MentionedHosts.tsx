import type { DomainScanResult } from '../../../shared/domains';
import { useT } from '../../i18n';
import { HostEvidence } from './HostEvidence';
import './domain-lists.css';

/** Hosts the code only mentions (messages, other platforms' calls, unused constants): folded, in no list. */
export function MentionedHosts({ scan }: { scan: DomainScanResult }) {
  const t = useT();
  if (scan.mentioned.length === 0) return null;
  return (
    <details className="card mentioned" data-testid="domains-mentioned">
      <summary>{t('wl.mentioned.summary', { count: scan.mentioned.length })}</summary>
      <p className="domain-note muted">{t('wl.mentioned.how')}</p>
      <ul className="hosts">
        {scan.mentioned.map((host) => (
          <li key={host.origin} data-testid="mentioned-host" data-origin={host.origin}>
            <code>{host.origin}</code>
            <HostEvidence host={host} />
          </li>
        ))}
      </ul>
    </details>
  );
}
