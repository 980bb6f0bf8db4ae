import type { ProjectCandidate } from '../../../shared/model';
import { useT } from '../../i18n';
import { useProjectStore } from '../../stores/project-store';

/**
 * The dropped folder holds several projects side by side: none was opened, so that the operator,
 * not the order of folder names, decides which one is released. One button per project opens it.
 */
export function ProjectChooser({ candidates, disabled }: { candidates: readonly ProjectCandidate[]; disabled: boolean }) {
  const t = useT();
  const open = useProjectStore((state) => state.open);
  return (
    <section className="card chooser" data-testid="project-chooser">
      <h2>{t('project.chooseRoot')}</h2>
      <p className="muted">{t('project.chooseRootHelp')}</p>
      <ul className="chooser__list">
        {candidates.map((candidate) => (
          <li key={candidate.projectRoot}>
            <button
              type="button"
              className="chooser__option"
              disabled={disabled}
              onClick={() => void open(candidate.projectRoot)}
              data-testid="choose-root"
              data-folder={candidate.folder}
            >
              <strong>{candidate.projectName || t('project.chooseRootNoName')}</strong>
              <span className="chooser__appid">{candidate.appid || t('project.chooseRootNoAppid')}</span>
              <span className="muted">{t('project.chooseRootFolder', { folder: `${candidate.folder}/` })}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
