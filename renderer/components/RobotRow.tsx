import type { RobotView } from '../../shared/notify';
import { useT } from '../i18n';
import { useNotifyStore } from '../stores/notify-store';
import { ErrorCard } from './ErrorCard';
import { ROBOT_KIND_WORDS } from './robot-kind-words';

/** One robot: platform, masked webhook, scope, and its test button with the answer. */
export function RobotRow({ robot }: { robot: RobotView }) {
  const t = useT();
  const test = useNotifyStore((state) => state.tests[robot.id]);
  const { remove, test: sendTest } = useNotifyStore.getState();
  return (
    <li className="robot-list__item" data-testid="robot-row" data-kind={robot.kind}>
      <strong>{t(ROBOT_KIND_WORDS[robot.kind])}</strong> <code data-testid="robot-url">{robot.maskedUrl}</code>
      <span className="muted">
        {' · '}
        {robot.scope === 'app' ? t('notify.scope.app') : t('notify.scope.appid', { appid: robot.appid })}
        {robot.hasSecret && ` · ${t('notify.signed')}`}
        {robot.sessionOnly && ` · ${t('notify.sessionOnly')}`}
      </span>
      <span className="mp-links">
        <button type="button" className="button button--secondary" disabled={test?.state === 'sending'} onClick={() => void sendTest(robot.id)} data-testid="robot-test">
          {t(test?.state === 'sending' ? 'notify.testing' : 'notify.test')}
        </button>
        <button type="button" className="link-button" onClick={() => void remove(robot.id)} data-testid="robot-remove">
          {t('notify.remove')}
        </button>
      </span>
      {test?.state === 'ok' && (
        <p className="banner banner--ok" data-testid="robot-test-ok">
          ✓ {t('notify.testOk')}
        </p>
      )}
      {test?.state === 'failed' && <ErrorCard problem={test.problem} />}
    </li>
  );
}
