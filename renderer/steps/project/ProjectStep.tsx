import { useState } from 'react';
import { DropZone } from '../../components/DropZone';
import { ErrorCard } from '../../components/ErrorCard';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useProjectStore } from '../../stores/project-store';
import { ProjectReportView } from './ProjectReportView';
import { RecentProjects } from './RecentProjects';

export function ProjectStep() {
  const t = useT();
  const { status, report, failure, open, showProblem } = useProjectStore();
  const [pickerUnavailable, setPickerUnavailable] = useState(false);
  const reading = status === 'reading';

  const choose = async () => {
    const path = await api().project.pickFolder();
    if (path) await open(path);
    else setPickerUnavailable((await api().app.info()).shell === 'harness');
  };

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
        <button type="button" className="button" disabled={reading} onClick={() => void choose()} data-testid="choose-folder">
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
      {!reading && report && (
        <>
          <button type="button" className="button button--quiet" onClick={() => void open(report.droppedPath)} data-testid="reopen">
            {t('project.reopen')}
          </button>
          <ProjectReportView report={report} />
        </>
      )}
      <RecentProjects disabled={reading} />
    </main>
  );
}
