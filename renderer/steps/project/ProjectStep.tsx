import { DropZone } from '../../components/DropZone';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { useProjectStore } from '../../stores/project-store';
import { ProjectChooser } from './ProjectChooser';
import { ProjectReportView } from './ProjectReportView';
import { RecentProjects } from './RecentProjects';

export function ProjectStep() {
  const t = useT();
  const status = useProjectStore((state) => state.status);
  const check = useProjectStore((state) => state.check);
  const failure = useProjectStore((state) => state.failure);
  const pickerUnavailable = useProjectStore((state) => state.pickerUnavailable);
  const { open, pickFolder, showProblem } = useProjectStore.getState();
  const reading = status === 'reading';

  return (
    <main className="step" data-testid="step-project">
      <h1>{t('project.heading')}</h1>
      <p className="intro">{t('project.intro')}</p>
      <DropZone
        label={t('project.drop')}
        activeLabel={t('project.dropActive')}
        disabled={reading}
        onPath={(path) => void open(path)}
        onUnrecognised={() => showProblem({ code: 'app.drop-no-folder', severity: 'error' })}
      >
        <p className="muted">{t('project.or')}</p>
        <button
          type="button"
          className={check?.summary ? 'button button--secondary' : 'button'}
          disabled={reading}
          onClick={() => void pickFolder()}
          data-testid="choose-folder"
        >
          {t('project.choose')}
        </button>
        {pickerUnavailable && <p className="muted">{t('project.chooseUnavailable')}</p>}
      </DropZone>
      {reading && (
        <p className="banner" role="status" data-testid="project-reading">
          {t('project.reading')}
        </p>
      )}
      {!reading && failure && <ErrorCard problem={failure} />}
      {!reading && check && (
        <>
          <button type="button" className="button button--quiet" onClick={() => void open(check.droppedPath)} data-testid="reopen">
            {t('project.reopen')}
          </button>
          <ProjectReportView check={check} />
          {check.candidates.length > 0 && <ProjectChooser candidates={check.candidates} disabled={reading} />}
        </>
      )}
      <RecentProjects disabled={reading} />
    </main>
  );
}
