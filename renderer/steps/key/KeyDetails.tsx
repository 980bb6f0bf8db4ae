import type { StoredKeyInfo } from '../../../shared/keys';
import { useT } from '../../i18n';

function when(iso: string | null, never: string): string {
  return iso ? new Date(iso).toLocaleString() : never;
}

/** What is known about a stored key: everything but the key. */
export function KeyDetails({ info }: { info: StoredKeyInfo }) {
  const t = useT();
  const rows: Array<[string, React.ReactNode, string?]> = [
    [t('summary.appid'), <code key="a">{info.appid}</code>],
    [t('key.fingerprint'), <code key="f">{info.fingerprint}</code>, 'key-fingerprint'],
    [t('key.importedAt'), when(info.importedAt, '')],
    [t('key.lastUsed'), when(info.lastUsedAt, t('key.never')), 'key-last-used'],
    [t('key.bits'), t('key.bitsValue', { bits: info.bits })],
    [t('key.backend'), info.sessionOnly ? t('key.sessionOnly') : <code key="b">{info.backend}</code>],
  ];
  return (
    <dl className="summary__grid" data-testid="key-details">
      {rows.map(([label, value, testId]) => (
        <div className="summary__row" key={label}>
          <dt>{label}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
