import type { ProjectSummary } from '../../../shared/model';
import { COMPILE_TYPE_LABELS } from '../../../shared/i18n/labels';
import { useT } from '../../i18n';
import { SizeMeter } from './SizeMeter';

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="summary__row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

export function ProjectSummaryView({ summary }: { summary: ProjectSummary }) {
  const t = useT();
  const { sizes } = summary;
  const npmText = !summary.npm.hasDependencies
    ? t('summary.npmNone')
    : summary.npm.needsBuild
      ? t('summary.npmNeedsBuild')
      : t('summary.npmBuilt');
  return (
    <section className="card summary" data-testid="project-summary">
      <h2 className="summary__title" data-testid="summary-name">
        {summary.projectName || summary.appid}
      </h2>
      <dl className="summary__grid">
        <Row label={t('summary.appid')} testId="summary-appid">
          <code>{summary.appid}</code>
        </Row>
        <Row label={t('summary.compileType')}>{t(COMPILE_TYPE_LABELS[summary.compileType])}</Row>
        <Row label={t('summary.root')}>
          <code className="path">{summary.projectRoot}</code>
        </Row>
        {summary.miniprogramRootSetting && (
          <Row label={t('summary.codeRoot')}>
            <code>{summary.miniprogramRootSetting}</code>
          </Row>
        )}
        <Row label={t('summary.pages')} testId="summary-page-count">
          {t('summary.pageCount', { count: summary.pageCount })}
        </Row>
        <Row label={t('summary.plugins')}>
          {summary.plugins.length === 0
            ? t('summary.noPlugins')
            : summary.plugins.map((p) => t('summary.pluginEntry', { alias: p.alias, provider: p.provider, version: p.version })).join(t('list.separator'))}
        </Row>
        <Row label={t('summary.npm')}>{npmText}</Row>
      </dl>

      <h3>{t('summary.pages')}</h3>
      <ul className="packages" data-testid="summary-packages">
        {[summary.main, ...summary.subpackages].map((group) => (
          <li key={group.root || 'main'}>
            <strong>{group.root ? t('summary.subpackage', { root: group.root }) : t('summary.mainPackage')}</strong>
            {group.independent && <span className="tag">{t('summary.independent')}</span>}
            <span className="muted"> · {group.pages.length}</span>
            <ul className="pages">
              {group.pages.map((page) => (
                <li key={page}>
                  <code>{page}</code>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>

      <h3>{t('summary.sizes')}</h3>
      <SizeMeter testId="size-main" label={t('summary.mainPackage')} bytes={sizes.main.bytes} limitBytes={sizes.main.limitBytes} />
      {sizes.subpackages.map((sub) => (
        <SizeMeter
          key={sub.root}
          testId={`size-sub-${sub.root}`}
          label={t('summary.subpackage', { root: sub.root })}
          bytes={sub.bytes}
          limitBytes={sub.limitBytes}
        />
      ))}
      <SizeMeter testId="size-total" label={t('summary.total')} bytes={sizes.total.bytes} limitBytes={sizes.total.limitBytes} />
      <p className="muted">{t('summary.files', { count: sizes.fileCount })}</p>
    </section>
  );
}
