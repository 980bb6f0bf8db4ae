import type { DomainHost } from '../../../shared/domains';
import { useT } from '../../i18n';

/** Where in the code a host appears, folded: file:line and the URL as written. */
export function HostEvidence({ host }: { host: DomainHost }) {
  const t = useT();
  return (
    <details>
      <summary className="muted">{t('wl.where')}</summary>
      <ul className="evidence">
        {host.evidence.map((e) => (
          <li key={`${e.file}:${e.line}:${e.url}`}>
            <code>
              {e.file}:{e.line}
            </code>{' '}
            <span className="muted">{e.url}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
