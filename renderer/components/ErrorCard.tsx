import { describeProblem } from '../../shared/errors';
import type { Problem } from '../../shared/model';
import { api } from '../api';
import { useT } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';

/** One problem as the operator needs it: what went wrong, what to do, the page to open, and the folded detail. */
export function ErrorCard({ problem }: { problem: Problem }) {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const described = describeProblem(problem, lang);
  const link = described.link;
  // Admin pages go through the session-aware deep link; documents straight to the browser.
  const openLink = (where: 'app' | 'browser') => {
    if (link?.kind === 'mp') void api().mp.open({ page: link.page, where });
    else if (described.linkUrl) void api().shell.openExternal({ url: described.linkUrl });
  };
  return (
    <article className={`problem problem--${problem.severity}`} data-testid="problem-card" data-code={problem.code}>
      <p className="problem__message">{described.message}</p>
      <p className="problem__next">
        <strong>{t('problem.next')}：</strong>
        {described.next}
      </p>
      {described.location && (
        <p className="problem__where">
          {t('problem.where')}：<code>{described.location}</code>
        </p>
      )}
      {link && (
        <p className="mp-links">
          <button type="button" className="link-button" onClick={() => openLink('app')} data-testid="problem-link">
            {t('problem.open')} ↗
          </button>
          {link.kind === 'mp' && (
            <button type="button" className="link-button muted" onClick={() => openLink('browser')}>
              {t('wl.openInBrowser')}
            </button>
          )}
        </p>
      )}
      {described.detail && (
        <details className="problem__detail">
          <summary>{t('problem.details')}</summary>
          <pre>{described.detail}</pre>
        </details>
      )}
    </article>
  );
}
