/**
 * A job's progress as a bar with its label and what is known of how far it is. Indeterminate when
 * the work gives no measure: the bar moves without claiming a percentage, so it never looks stuck.
 */
export function ProgressBar({
  fraction,
  label,
  percentText,
  indeterminate = false,
  testId,
}: {
  fraction: number;
  label: string;
  percentText: string;
  indeterminate?: boolean;
  testId?: string;
}) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className={`progress${indeterminate ? ' progress--indeterminate' : ''}`} data-testid={testId} data-percent={percent} data-indeterminate={indeterminate}>
      <div className="progress__label">
        <span>{label}</span>
        <span>{percentText}</span>
      </div>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={indeterminate ? undefined : percent}
        aria-valuetext={percentText}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
