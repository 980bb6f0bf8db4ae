import { useState } from 'react';
import { copyList } from '../../../shared/domain-rules';
import { WHITELIST_LABELS, type DomainScanResult, type WhitelistType } from '../../../shared/domains';
import { useT } from '../../i18n';

interface DomainTypeCardProps {
  type: WhitelistType;
  scan: DomainScanResult;
  ticked: string[];
  onTick(origin: string, done: boolean): void;
}

/** One list of 开发设置 (request, socket, …): the copy-ready text, each entry with a tick and its evidence. */
export function DomainTypeCard({ type, scan, ticked, onTick }: DomainTypeCardProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const hosts = scan.byType[type];
  const list = copyList(scan, type);
  const listed = hosts.filter((host) => host.inCopyList);
  const done = listed.filter((host) => ticked.includes(host.origin)).length;

  const copy = async () => {
    await navigator.clipboard.writeText(list);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

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
          {list && (
            <div className="copy-row">
              <code className="copy-row__text" data-testid={`copy-list-${type}`}>
                {list}
              </code>
              <button type="button" className="button button--small" onClick={() => void copy()} data-testid={`copy-${type}`}>
                {copied ? `✓ ${t('wl.copied')}` : t('wl.copy')}
              </button>
            </div>
          )}
          <ul className="hosts">
            {hosts.map((host) => (
              <li key={host.origin} data-testid="domain-host" data-origin={host.origin}>
                <label className={host.inCopyList ? '' : 'hosts__bad'}>
                  <input
                    type="checkbox"
                    disabled={!host.inCopyList}
                    checked={ticked.includes(host.origin)}
                    onChange={(event) => onTick(host.origin, event.target.checked)}
                    aria-label={t('wl.configuredFor', { origin: host.origin })}
                  />
                  <code>{host.origin}</code>
                  {!host.inCopyList && <span className="tag tag--bad">{t('wl.notInList')}</span>}
                </label>
                <details>
                  <summary className="muted">{t('wl.where')}</summary>
                  <ul className="evidence">
                    {host.evidence.map((e) => (
                      <li key={`${e.file}:${e.line}`}>
                        <code>
                          {e.file}:{e.line}
                        </code>{' '}
                        <span className="muted">{e.url}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
