import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';

/** Who releases (written into the history), the robot used by default, and how long a job may take. */
export function ReleaseSettings() {
  const t = useT();
  const saved = useSettingsStore(
    useShallow((state) => ({ operatorName: state.operatorName, defaultRobot: state.defaultRobot, jobDeadlineMinutes: state.jobDeadlineMinutes })),
  );
  const save = useSettingsStore((state) => state.save);
  const [draft, setDraft] = useState(saved);
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  const change = (fields: Partial<typeof draft>) => {
    setDraft({ ...draft, ...fields });
    setStatus('idle');
  };
  const submit = async () => setStatus((await save(draft)) ? 'saved' : 'invalid');
  return (
    <section aria-labelledby="release-settings-heading">
      <h3 id="release-settings-heading">{t('settings.releaseHeading')}</h3>
      <label className="settings__field">
        <span>{t('settings.operatorName')}</span>
        <input type="text" value={draft.operatorName} maxLength={64} onChange={(event) => change({ operatorName: event.target.value })} data-testid="operator-name" />
      </label>
      <label className="settings__field">
        <span>{t('settings.defaultRobot')}</span>
        <input type="number" min={1} max={30} value={draft.defaultRobot} onChange={(event) => change({ defaultRobot: Number(event.target.value) })} data-testid="default-robot" />
      </label>
      <label className="settings__field">
        <span>{t('settings.jobDeadline')}</span>
        <input type="number" min={1} max={120} value={draft.jobDeadlineMinutes} onChange={(event) => change({ jobDeadlineMinutes: Number(event.target.value) })} data-testid="job-deadline" />
      </label>
      <p className="muted">{t('settings.releaseHelp')}</p>
      {status === 'invalid' && (
        <p className="problem problem--error" role="alert" data-testid="release-settings-invalid">
          {t('settings.releaseInvalid')}
        </p>
      )}
      {status === 'saved' && (
        <p className="banner banner--ok" data-testid="release-settings-saved">
          ✓ {t('settings.saved')}
        </p>
      )}
      <p className="mp-links">
        <button type="button" className="button" onClick={() => void submit()} data-testid="release-settings-save">
          {t('settings.save')}
        </button>
      </p>
    </section>
  );
}
