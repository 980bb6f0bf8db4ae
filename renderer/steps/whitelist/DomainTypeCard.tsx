import { copyList } from '../../../shared/domain-rules';
import { WHITELIST_LABELS, type DomainScanResult, type WhitelistType } from '../../../shared/domains';
import { useT } from '../../i18n';
import { CopyRow } from './CopyRow';
import { TickableHost } from './TickableHost';

interface DomainTypeCardProps {
  type: WhitelistType;
  scan: DomainScanResult;
  ticked: string[];
  onTick(origin: string, done: boolean): void;
}

/** One list of 开发设置 (request, socket, …): the copy-ready text, each entry the code calls with a tick and its evidence. */
export function DomainTypeCard({ type, scan, ticked, onTick }: DomainTypeCardProps) {
  const t = useT();
  const hosts = scan.byType[type];
  const list = copyList(scan, type);
  const listed = hosts.filter((host) => host.inCopyList);
  const done = listed.filter((host) => ticked.includes(host.origin)).length;

  return (
    <section className="card domain-type" data-testid={`domains-${type}`}>
      <header className="domain-type__head">
        <h3>{WHITELIST_LABELS[type]}</h3>
        {listed.length > 0 && <span className="muted">{t('wl.progress', { done, total: listed.length })}</span>}
      </header>
      {hosts.length === 0 ? (
        <p className="muted">{t('wl.none')}</p>
      ) : (
        <>
          {list && <CopyRow text={list} id={type} />}
          <ul className="hosts">
            {hosts.map((host) => (
              <TickableHost key={host.origin} host={host} ticked={ticked.includes(host.origin)} onTick={onTick} testId="domain-host">
                {!host.inCopyList && <span className="tag tag--bad">{t('wl.notInList')}</span>}
              </TickableHost>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
