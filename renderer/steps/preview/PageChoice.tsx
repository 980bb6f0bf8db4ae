import type { ProjectSummary } from '../../../shared/model';
import { useT } from '../../i18n';
import { usePreviewStore } from '../../stores/preview-store';

/** The page both QR codes open, from the project's own page list, and its query. */
export function PageChoice({ summary }: { summary: ProjectSummary }) {
  const t = useT();
  const pagePath = usePreviewStore((state) => state.pagePath);
  const searchQuery = usePreviewStore((state) => state.searchQuery);
  const { setPage, setQuery } = usePreviewStore.getState();
  const pages = [summary.main, ...summary.subpackages].flatMap((group) => group.pages.map((page) => `${group.root}${page}`));
  return (
    <div className="page-choice">
      <label>
        {t('preview.page')}
        <select value={pagePath} onChange={(e) => setPage(e.target.value)} data-testid="preview-page">
          <option value="">{t('preview.pageHome')}</option>
          {pages.map((page) => (
            <option key={page} value={page}>
              {page}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('preview.query')}
        <input
          value={searchQuery}
          maxLength={1024}
          placeholder={t('preview.queryPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="preview-query"
        />
      </label>
      <p className="muted">{t('preview.queryHelp')}</p>
    </div>
  );
}
