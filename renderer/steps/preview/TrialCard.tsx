import { useEffect, useState } from 'react';
import type { ReleaseRecord } from '../../../shared/history';
import { lastUpload } from '../../../shared/history-view';
import { ROBOT_MAX, ROBOT_MIN } from '../../../shared/release-rules';
import { ErrorCard } from '../../components/ErrorCard';
import { MpPageLinks } from '../../components/MpPageLinks';
import { useT } from '../../i18n';
import { selectRecords, useHistoryStore } from '../../stores/history-store';
import { selectTrialProblem, selectTrialRobot, useTrialStore } from '../../stores/trial-store';

const ROBOTS = Array.from({ length: ROBOT_MAX - ROBOT_MIN + 1 }, (_, i) => ROBOT_MIN + i);

/**
 * The 体验版 ledger: the operator records once which robot's upload is the 体验版 (set in 版本管理, which
 * the app cannot read), and the step says what that means for the latest upload.
 */
export function TrialCard({ appid, projectRoot, robot: usualRobot }: { appid: string; projectRoot: string; robot: number }) {
  const t = useT();
  const recorded = useTrialStore(selectTrialRobot(appid));
  const problem = useTrialStore(selectTrialProblem(appid));
  const records = useHistoryStore(selectRecords(projectRoot));
  const last = lastUpload(records);
  const [choice, setChoice] = useState<number | null>(null);
  const { setRobot } = useTrialStore.getState();

  useEffect(() => {
    void useTrialStore.getState().load(appid);
  }, [appid]);

  const proposed = choice ?? last?.robot ?? usualRobot;
  return (
    <section className="card trial" data-testid="trial-card">
      <h2>{t('trial.heading')}</h2>
      <p className="muted">{t('trial.how')}</p>
      <p>
        <MpPageLinks page="versions" label={t('trial.openVersions')} />
      </p>
      <h3>{t('trial.ledgerQuestion')}</h3>
      {problem && <ErrorCard problem={problem} />}
      {typeof recorded === 'number' ? (
        <div className="banner banner--ok banner--action" data-testid="trial-recorded" data-robot={recorded}>
          <span>{t('trial.recorded', { robot: recorded })}</span>
          <button type="button" className="link-button" onClick={() => void setRobot(appid, null)} data-testid="trial-robot-forget">
            {t('trial.forget')}
          </button>
        </div>
      ) : (
        recorded === null && (
          <div className="trial__ledger">
            <p className="muted">{t('trial.notRecorded')}</p>
            <label>
              {t('trial.robotLabel')}
              <select value={proposed} onChange={(e) => setChoice(Number(e.target.value))} data-testid="trial-robot-select">
                {ROBOTS.map((n) => (
                  <option key={n} value={n}>
                    {t('trial.robot', { robot: n })}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button button--small button--secondary" onClick={() => void setRobot(appid, proposed)} data-testid="trial-robot-save">
              {t('trial.record')}
            </button>
          </div>
        )
      )}
      <p className="muted">{t('trial.ledgerHelp')}</p>
      <LastUploadNote last={last} trialRobot={recorded ?? null} />
    </section>
  );
}

/** The latest upload against the ledger: the 体验版 changed with it, or it did not (a warning), or nobody knows. */
function LastUploadNote({ last, trialRobot }: { last: ReleaseRecord | null; trialRobot: number | null }) {
  const t = useT();
  if (!last) {
    return (
      <p className="muted" data-testid="trial-last" data-state="none">
        {t('trial.noUpload')}
      </p>
    );
  }
  const words = { version: last.version ?? '', robot: last.robot, trialRobot: trialRobot ?? '' };
  const [state, className, text] = !last.outcome.ok
    ? (['failed', 'muted', t('trial.lastFailed', words)] as const)
    : trialRobot === null
      ? (['unknown', 'muted', t('trial.lastUnknown', words)] as const)
      : last.robot === trialRobot
        ? (['same', 'banner banner--ok', t('trial.lastSame', words)] as const)
        : (['other', 'banner banner--warn', t('trial.lastOther', words)] as const);
  return (
    <p className={className} data-testid="trial-last" data-state={state}>
      {text}
    </p>
  );
}
