import { formatBytes } from '../../../shared/format';

/** One package's size against its limit, as a bar that turns red past the limit. */
export function SizeMeter({ label, bytes, limitBytes, testId }: { label: string; bytes: number; limitBytes: number; testId: string }) {
  const share = Math.min(bytes / limitBytes, 1);
  const level = bytes > limitBytes ? 'over' : share > 0.8 ? 'near' : 'ok';
  return (
    <div className={`meter meter--${level}`} data-testid={testId} data-bytes={bytes}>
      <div className="meter__label">
        <span>{label}</span>
        <span className="meter__value">
          {formatBytes(bytes)} / {formatBytes(limitBytes)}
        </span>
      </div>
      <div className="meter__track">
        <div className="meter__fill" style={{ width: `${Math.max(share * 100, 1)}%` }} />
      </div>
    </div>
  );
}
