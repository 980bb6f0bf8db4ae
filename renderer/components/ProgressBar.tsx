/** A job's progress, 0..1, as a bar with its label and percentage. */
export function ProgressBar({ fraction, label, percentText, testId }: { fraction: number; label: string; percentText: string; testId?: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="progress" data-testid={testId} data-percent={percent}>
      <div className="progress__label">
        <span>{label}</span>
        <span>{percentText}</span>
      </div>
      <div className="progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
