import { useEffect } from 'react';
import { readinessBlockers } from '../../../../shared/readiness';
import { ErrorCard } from '../../../components/ErrorCard';
import { useT } from '../../../i18n';
import { selectReadinessReport, useReadinessStore } from '../../../stores/readiness-store';
import { useSettingsStore } from '../../../stores/settings-store';
import { withCategoryNames } from './category-names';
import { ReadinessPrivacy } from './ReadinessPrivacy';
import { ReadinessQuestions } from './ReadinessQuestions';
import './readiness.css';

/**
 * 提审前体检: what would most likely get this version rejected, checked when the step opens: blockers
 * and reminders as cards, the two questions asked once per appid, the privacy categories to tick.
 * The step's primary action is not here; 「重新检查」 is secondary.
 */
export function ReadinessReport({ projectRoot, appid }: { projectRoot: string; appid: string }) {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const report = useReadinessStore(selectReadinessReport(projectRoot));
  const running = useReadinessStore((state) => state.running);
  const callProblem = useReadinessStore((state) => state.problem);
  const run = useReadinessStore((state) => state.run);
  useEffect(() => {
    void run(projectRoot);
  }, [projectRoot, run]);

  const current = report && (report.appid === null || report.appid === appid) ? report : null;
  const blockers = current ? readinessBlockers(current).length : 0;
  const warnings = current ? current.problems.length - blockers : 0;
  return (
    <section className="card readiness" data-testid="readiness-report" data-ok={current ? String(blockers === 0) : undefined} aria-busy={running}>
      <h2>{t('readiness.heading')}</h2>
      <p className="intro">{t('readiness.intro')}</p>
      {running && !current && <p role="status">{t('readiness.running')}</p>}
      {callProblem && <ErrorCard problem={callProblem} />}
      {current && (
        <>
          <p className="readiness__summary" data-testid="readiness-summary" data-blockers={blockers}>
            <strong>{blockers > 0 ? t('readiness.blocked', { count: blockers }) : t('readiness.passed')}</strong>
            {warnings > 0 && <span> {t('readiness.warningsCount', { count: warnings })}</span>}
          </p>
          {current.problems.map((problem, i) => (
            <ErrorCard key={`${problem.code}:${problem.file ?? ''}:${i}`} problem={withCategoryNames(problem, t, lang)} />
          ))}
          {current.answers && <ReadinessQuestions answers={current.answers} />}
          {current.answers && <ReadinessPrivacy privacy={current.privacy} answers={current.answers} />}
          <p className="muted">{t('readiness.took', { files: current.filesScanned, seconds: (current.durationMs / 1000).toFixed(1) })}</p>
        </>
      )}
      <p>
        <button type="button" className="button button--secondary" disabled={running} onClick={() => void run(projectRoot)} data-testid="readiness-rerun">
          {t('readiness.rerun')}
        </button>
      </p>
    </section>
  );
}
