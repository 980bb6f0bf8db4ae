import { useT } from '../../i18n';
import { useProjectStore } from '../../stores/project-store';

export function RecentProjects({ disabled }: { disabled: boolean }) {
  const t = useT();
  const recent = useProjectStore((state) => state.recent);
  const open = useProjectStore((state) => state.open);
  const forget = useProjectStore((state) => state.forget);
  return (
    <section className="recent" data-testid="recent-projects">
      <h3>{t('project.recent')}</h3>
      {recent.length === 0 && <p className="muted">{t('project.recentEmpty')}</p>}
      <ul>
        {recent.map((project) => (
          <li key={project.projectRoot}>
            <button type="button" className="recent__open" disabled={disabled} onClick={() => void open(project.projectRoot)}>
              <strong>{project.projectName || project.appid}</strong>
              <span className="muted">
                {project.appid} · {project.projectRoot}
              </span>
            </button>
            <button type="button" className="link-button" onClick={() => void forget(project.projectRoot)}>
              {t('project.forget')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
