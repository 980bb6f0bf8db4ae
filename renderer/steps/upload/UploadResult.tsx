import { formatBytes } from '../../../shared/format';
import type { UploadResult as Result } from '../../../shared/jobs';
import { useT } from '../../i18n';

/** What WeChat received: each package's size and the time the upload took. */
export function UploadResult({ result, version }: { result: Result; version: string }) {
  const t = useT();
  const name = (packageName: string) =>
    packageName === '__FULL__' ? t('summary.total') : packageName === '__APP__' ? t('summary.mainPackage') : t('summary.subpackage', { root: packageName });
  return (
    <section className="card" data-testid="upload-result">
      <p className="banner banner--ok" role="status">
        ✓ {t('upload.done', { version, seconds: (result.durationMs / 1000).toFixed(1) })}
      </p>
      <table className="sizes">
        <caption>{t('upload.sizesCaption')}</caption>
        <tbody>
          {result.sizes.map((size) => (
            <tr key={size.name} data-testid="upload-size" data-name={size.name}>
              <th scope="row">{name(size.name)}</th>
              <td>{formatBytes(size.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
