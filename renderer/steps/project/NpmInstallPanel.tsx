import type { Problem, ProjectCheck } from '../../../shared/model';
import { PHASE_LABELS } from '../../../shared/i18n/labels';
import { ErrorCard } from '../../components/ErrorCard';
import { ProgressBar } from '../../components/ProgressBar';
import { useT } from '../../i18n';
import { selectNpmProblem, selectNpmProgress, selectNpmStatus, useNpmInstallStore } from '../../stores/npm-install-store';

/** The install action for the first project.npm-missing card of a check; null for any other card. */
export function npmInstallAction(problem: Problem, check: ProjectCheck): React.ReactNode {
  const missing = check.problems.filter((p) => p.code === 'project.npm-missing');
  if (problem !== missing[0] || !check.summary) return null;
  return <NpmInstallPanel missing={missing} projectRoot={check.summary.projectRoot} droppedPath={check.droppedPath} />;
}

/**
 * Install the missing npm packages: the operator is told which folder node_modules is written into
 * and confirms, then sees the progress, then the project is checked again (which removes this card).
 */
function NpmInstallPanel({ missing, projectRoot, droppedPath }: { missing: Problem[]; projectRoot: string; droppedPath: string }) {
  const t = useT();
  const status = useNpmInstallStore(selectNpmStatus(projectRoot));
  const progress = useNpmInstallStore(selectNpmProgress(projectRoot));
  const problem = useNpmInstallStore(selectNpmProblem(projectRoot));
  const { ask, dismiss, install, stop } = useNpmInstallStore.getState();

  if (status === 'running' || status === 'rechecking') {
    const label = status === 'rechecking' ? t('npm.rechecking') : progress ? t(PHASE_LABELS[progress.phase]) : t('npm.installing');
    const fraction = status === 'rechecking' ? 1 : (progress?.fraction ?? 0);
    return (
      <div className="npm-install" data-testid="npm-install-running" role="status">
        <ProgressBar fraction={fraction} label={label} percentText={t('npm.percent', { percent: Math.round(fraction * 100) })} testId="npm-install-progress" />
        {status === 'running' && (
          <button type="button" className="link-button" onClick={() => void stop()} data-testid="npm-install-stop">
            {t('npm.stop')}
          </button>
        )}
      </div>
    );
  }

  if (status === 'confirming') {
    return (
      <div className="npm-install npm-install--confirm" data-testid="npm-install-confirmation" role="dialog" aria-label={t('npm.confirmHeading')}>
        <h3>{t('npm.confirmHeading')}</h3>
        {missing.map((card) => {
          const { folder, count, packages, lockfile } = card.params ?? {};
          return (
            <div key={String(folder)} className="npm-install__folder">
              <p>{t('npm.confirmWrite', { count: count ?? 0, packages: packages ?? '', lockfile: lockfile ?? 'no' })}</p>
              <p>
                <code className="path" data-testid="npm-install-folder">
                  {folder}
                </code>
              </p>
              <p className="muted">{t('npm.confirmVersions', { lockfile: lockfile ?? 'no' })}</p>
            </div>
          );
        })}
        <p className="muted">{t('npm.confirmSource')}</p>
        <p className="mp-links">
          <button type="button" className="button" onClick={() => void install(projectRoot, droppedPath)} data-testid="npm-install-confirm">
            {t('npm.confirm')}
          </button>
          <button type="button" className="link-button" onClick={dismiss} data-testid="npm-install-cancel">
            {t('npm.cancel')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="npm-install">
      {status === 'failed' && problem && <ErrorCard problem={problem} />}
      <button type="button" className="button" onClick={() => ask(projectRoot)} data-testid="npm-install">
        {t('npm.install')}
      </button>
    </div>
  );
}
