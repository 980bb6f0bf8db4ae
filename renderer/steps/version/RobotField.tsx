import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { ROBOT_MAX, ROBOT_MIN, robotProblem } from '../../../shared/release-rules';

interface RobotFieldProps {
  /** What the field shows: the operator's text while they type, else the robot in force. */
  text: string;
  /** The robot recorded as the 体验版's for this appid, or null. */
  trialRobot: number | null;
  onChange(text: string): void;
}

/** The robot as a number, or NaN when the text is not a whole number. */
export function robotOf(text: string): number {
  return /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** Which robot uploads: its 开发版本 is the one replaced, and so is the 体验版 when it is that robot's. */
export function RobotField({ text, trialRobot, onChange }: RobotFieldProps) {
  const t = useT();
  const robot = robotOf(text);
  const problem = robotProblem(robot);
  return (
    <section className="card vs-field" data-testid="robot-field">
      <label htmlFor="vs-robot">{t('vs.robot')}</label>
      <input
        id="vs-robot"
        className="vs-field__robot"
        type="number"
        inputMode="numeric"
        min={ROBOT_MIN}
        max={ROBOT_MAX}
        step={1}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem !== null}
        aria-describedby="vs-robot-help"
        data-testid="robot-input"
      />
      <p id="vs-robot-help" className="vs-help muted">
        {t('vs.robotHelp')}
      </p>
      {/* As typed: "NaN" would mean nothing to the operator. */}
      {problem && <ErrorCard problem={{ ...problem, params: { robot: text.trim() || '—' } }} />}
      {!problem && trialRobot !== null && (
        <p className={`vs-note${trialRobot === robot ? '' : ' vs-note--ok'}`} data-testid="trial-note" data-same={trialRobot === robot}>
          {trialRobot === robot ? t('vs.trialSame', { robot }) : t('vs.trialOther', { trial: trialRobot, robot })}
        </p>
      )}
    </section>
  );
}
