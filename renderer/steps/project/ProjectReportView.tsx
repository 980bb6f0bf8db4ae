import type { ProjectCheck } from '../../../shared/model';
import { blockingProblems } from '../../../shared/verdict';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { useWizardStore } from '../../stores/wizard-store';
import { npmInstallAction } from './NpmInstallPanel';
import { ProjectSummaryView } from './ProjectSummaryView';

/** The verdict first, then the problems (errors before warnings), then what the project is. */
export function ProjectReportView({ check }: { check: ProjectCheck }) {
  const t = useT();
  const errors = blockingProblems(check.problems);
  const warnings = check.problems.filter((p) => p.severity === 'warning');
  const finish = useWizardStore((state) => state.finish);
  return (
    <div className="report" data-testid="project-report">
      {errors.length === 0 ? (
        <div className="banner banner--ok banner--action" data-testid="project-verdict" data-ok="true">
          <span>✓ {t('project.ready')}</span>
          {check.summary && (
            <button type="button" className="button" onClick={() => finish('project')} data-testid="next-key">
              {t('project.next')}
            </button>
          )}
        </div>
      ) : (
        <p className="banner banner--error" data-testid="project-verdict" data-ok="false">
          {t('project.blocked', { count: errors.length })}
        </p>
      )}
      {errors.map((problem, i) => (
        <ErrorCard key={`e${i}`} problem={problem}>
          {npmInstallAction(problem, check)}
        </ErrorCard>
      ))}
      {warnings.length > 0 && <p className="muted">{t('project.warnings', { count: warnings.length })}</p>}
      {warnings.map((problem, i) => (
        <ErrorCard key={`w${i}`} problem={problem} />
      ))}
      {check.summary && <ProjectSummaryView summary={check.summary} />}
    </div>
  );
}
