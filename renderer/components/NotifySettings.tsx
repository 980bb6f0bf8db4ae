import { useEffect } from 'react';
import './notify.css';
import { useT } from '../i18n';
import { selectSummary, useProjectStore } from '../stores/project-store';
import { useNotifyStore } from '../stores/notify-store';
import { ErrorCard } from './ErrorCard';
import { RobotForm } from './RobotForm';
import { RobotRow } from './RobotRow';

/** 通知: the desktop switch, the robots (masked), 「发送测试消息」 per robot, and the form to add one. */
export function NotifySettings() {
  const t = useT();
  const config = useNotifyStore((state) => state.config);
  const problem = useNotifyStore((state) => state.problem);
  const appid = useProjectStore((state) => selectSummary(state)?.appid ?? null);
  useEffect(() => {
    void useNotifyStore.getState().load();
  }, []);
  return (
    <section aria-labelledby="notify-heading" data-testid="notify-settings">
      <h3 id="notify-heading">{t('notify.heading')}</h3>
      <p className="muted">{t('notify.help')}</p>
      <label className="settings__check">
        <input type="checkbox" checked={config?.desktop ?? true} disabled={!config} onChange={(event) => void useNotifyStore.getState().setDesktop(event.target.checked)} data-testid="notify-desktop" />
        <span>{t('notify.desktop')}</span>
      </label>
      <h4>{t('notify.robots')}</h4>
      {config && config.robots.length === 0 && <p className="muted">{t('notify.noRobots')}</p>}
      {config && config.robots.length > 0 && (
        <ul className="robot-list" data-testid="robot-list">
          {config.robots.map((robot) => (
            <RobotRow key={robot.id} robot={robot} />
          ))}
        </ul>
      )}
      {problem && <ErrorCard problem={problem} />}
      <RobotForm appid={appid} />
    </section>
  );
}
