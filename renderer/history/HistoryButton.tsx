import { useState } from 'react';
import { useT } from '../i18n';
import { selectSummary, useProjectStore } from '../stores/project-store';
import { HistoryPanel } from './HistoryPanel';

/** The top bar's 「历史」: the open project's history in a panel over any step. */
export function HistoryButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const summary = useProjectStore(selectSummary);
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="open-history">
        {t('history.open')}
      </button>
      {open && (
        <div className="history-drawer" role="dialog" aria-label={t('history.heading')} data-testid="history-drawer" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <p className="history-drawer__close">
            <button type="button" className="link-button" onClick={() => setOpen(false)} data-testid="close-history">
              {t('history.close')}
            </button>
          </p>
          {summary ? <HistoryPanel projectRoot={summary.projectRoot} /> : <p className="card">{t('history.noProject')}</p>}
        </div>
      )}
    </>
  );
}
