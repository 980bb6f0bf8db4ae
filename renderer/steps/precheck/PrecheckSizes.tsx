import { formatBytes } from '../../../shared/format';
import type { CompiledSizes } from '../../../shared/precheck';
import { useT } from '../../i18n';
import { SizeMeter } from '../project/SizeMeter';

/** The compiled package sizes against their limits: the main package, each subpackage and the whole app. */
export function PrecheckSizes({ sizes }: { sizes: CompiledSizes }) {
  const t = useT();
  return (
    <section className="card" data-testid="precheck-sizes">
      <h2>{t('precheck.sizes')}</h2>
      <p className="muted">{t('precheck.sizesHow', { total: formatBytes(sizes.total.limitBytes) })}</p>
      {sizes.thirdParty && <p data-testid="precheck-third-party">{t('precheck.sizesThirdParty')}</p>}
      <SizeMeter testId="compiled-main" label={t('summary.mainPackage')} bytes={sizes.main.bytes} limitBytes={sizes.main.limitBytes} />
      {sizes.subpackages.map((sub) => (
        <SizeMeter key={sub.root} testId={`compiled-sub-${sub.root}`} label={t('summary.subpackage', { root: sub.root })} bytes={sub.bytes} limitBytes={sub.limitBytes} />
      ))}
      <SizeMeter testId="compiled-total" label={t('summary.total')} bytes={sizes.total.bytes} limitBytes={sizes.total.limitBytes} />
      <p className="muted">{t('precheck.sizesFiles', { count: sizes.fileCount })}</p>
    </section>
  );
}
