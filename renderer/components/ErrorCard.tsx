import type { ReactNode } from 'react';
import { describeProblem } from '../../shared/errors';
import type { Problem } from '../../shared/model';
import { useT } from '../i18n';
import { useAppStore } from '../stores/app-store';
import { useSettingsStore } from '../stores/settings-store';

/**
 * One problem as the operator needs it: what went wrong, what to do, the page to open, and the folded
 * detail. `children`: an action that fixes it from here (the npm install), shown before the detail.
 */
export function ErrorCard({ problem, children }: { problem: Problem; children?: ReactNode }) {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const openLink = useAppStore((state) => state.openLink);
  const described = describeProblem(problem, lang);
  const link = described.link;
  return (
    <article
      className={`problem problem--${problem.severity}`}
      data-testid="problem-card"
      data-code={problem.code}
      data-severity={problem.severity}
      data-location={described.location ?? ''}
    >
      <p className="problem__message">{described.message}</p>
      <p className="problem__next">
        <strong>{t('card.next')}</strong>
        {described.next}
      </p>
      {described.location && (
        <p className="problem__where">
          {t('card.where')}
          <code>{described.location}</code>
        </p>
      )}
      {link && (
        <p className="mp-links">
          <button type="button" className="link-button" onClick={() => void openLink(link, 'app')} data-testid="problem-link">
            {t('card.open')} ↗
          </button>
          {link.kind === 'mp' && (
            <button type="button" className="link-button muted" onClick={() => void openLink(link, 'browser')}>
              {t('wl.openInBrowser')}
            </button>
          )}
        </p>
      )}
      {children}
      {described.detail && (
        <details className="problem__detail">
          <summary>{t('card.details')}</summary>
          <pre>{described.detail}</pre>
        </details>
      )}
    </article>
  );
}
