import type { ReactNode } from 'react';
import type { DomainHost } from '../../../shared/domains';
import { useT } from '../../i18n';
import { HostEvidence } from './HostEvidence';

interface TickableHostProps {
  host: DomainHost;
  ticked: boolean;
  onTick(origin: string, done: boolean): void;
  testId: string;
  /** Shown after the entry, e.g. why it cannot go on the list. */
  children?: ReactNode;
}

/** One entry the operator ticks once it is configured on the admin site, with where the code uses it. */
export function TickableHost({ host, ticked, onTick, testId, children }: TickableHostProps) {
  const t = useT();
  return (
    <li data-testid={testId} data-origin={host.origin}>
      <label className={host.inCopyList ? '' : 'hosts__bad'}>
        <input
          type="checkbox"
          disabled={!host.inCopyList}
          checked={ticked}
          onChange={(event) => onTick(host.origin, event.target.checked)}
          aria-label={t('wl.configuredFor', { origin: host.origin })}
        />
        <code>{host.origin}</code>
        {children}
      </label>
      <HostEvidence host={host} />
    </li>
  );
}
