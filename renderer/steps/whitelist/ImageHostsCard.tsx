import { imageCopyList } from '../../../shared/domain-rules';
import type { DomainScanResult } from '../../../shared/domains';
import { useT } from '../../i18n';
import { CopyRow } from './CopyRow';
import { TickableHost } from './TickableHost';
import './domain-lists.css';

interface ImageHostsCardProps {
  scan: DomainScanResult;
  /** Ticks of the downloadFile list: an image host is configured by adding it there. */
  ticked: string[];
  onTick(origin: string, done: boolean): void;
}

/**
 * Hosts of remote images and media, apart from the proven calls: whether they need the
 * downloadFile list is not settled, so the line is offered for when images fail to load.
 */
export function ImageHostsCard({ scan, ticked, onTick }: ImageHostsCardProps) {
  const t = useT();
  const list = imageCopyList(scan);
  return (
    <section className="card domain-type" data-testid="domains-images">
      <header className="domain-type__head">
        <h3>{t('wl.images.title')}</h3>
      </header>
      {scan.images.length === 0 ? (
        <p className="muted">{t('wl.images.none')}</p>
      ) : (
        <>
          <p className="domain-note muted">{t('wl.images.how')}</p>
          {list && (
            <>
              <p className="domain-note">{t('wl.images.copyLabel')}</p>
              <CopyRow text={list} id="images" />
            </>
          )}
          <ul className="hosts">
            {scan.images.map((host) => (
              <TickableHost key={host.origin} host={host} ticked={ticked.includes(host.origin)} onTick={onTick} testId="image-host" />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
