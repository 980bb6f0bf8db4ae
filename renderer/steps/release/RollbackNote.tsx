import { useT } from '../../i18n';
import { VersionsPageLinks } from './VersionsPageLinks';

/** 版本回退: what it can do and when it cannot; it happens in 版本管理 too. */
export function RollbackNote() {
  const t = useT();
  return (
    <section className="card" data-testid="rollback">
      <h2>{t('release.rollbackHeading')}</h2>
      <p>{t('release.rollbackExplain')}</p>
      <VersionsPageLinks testIdPrefix="rollback-versions" />
    </section>
  );
}
