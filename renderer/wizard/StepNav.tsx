import { useT } from '../i18n';
import { selectProjectReady, useProjectStore } from '../stores/project-store';
import { STEP_LABELS, STEPS, useWizardStore } from '../stores/wizard-store';

/** Every step, in order: the current one marked, finished ones ticked, each one open to revisit. */
export function StepNav() {
  const t = useT();
  const step = useWizardStore((state) => state.step);
  const done = useWizardStore((state) => state.draft.done);
  const projectReady = useProjectStore(selectProjectReady);
  const goTo = useWizardStore((state) => state.goTo);
  return (
    <nav className="steps" aria-label={t('nav.steps')}>
      <ol>
        {STEPS.map((id, index) => {
          const finished = id === 'project' ? projectReady : done.includes(id);
          return (
            <li key={id}>
              <button
                type="button"
                className={`steps__item${id === step ? ' steps__item--current' : ''}${finished ? ' steps__item--done' : ''}`}
                aria-current={id === step ? 'step' : undefined}
                onClick={() => goTo(id)}
                data-testid={`nav-${id}`}
                data-done={finished}
              >
                <span aria-hidden>{finished ? '✓' : index + 1}</span> {t(STEP_LABELS[id])}
                {finished && <span className="sr-only">{t('nav.done')}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
