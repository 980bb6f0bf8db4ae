import { formatBytes } from '../../shared/format';
import type { ReleaseRecord } from '../../shared/history';
import { MAIN_PACKAGE_WARN_SHARE, mainPackageLevel, mainPackageTrend, type SizePoint } from '../../shared/history-view';
import { SIZE_LIMITS } from '../../shared/limits';
import { useT } from '../i18n';

/** The last uploads drawn; more would squeeze the line into noise at this size. */
const MAX_POINTS = 30;
const WIDTH = 240;
const HEIGHT = 48;
const PAD = 4;

/**
 * An inline SVG line of the main package's size across uploads. The vertical scale is the sizes'
 * own range, so a change of a few KB shows; where the size stands against the 2 MB limit is said
 * in words underneath, with a warning from 75% of it.
 */
export function SizeTrend({ records }: { records: readonly ReleaseRecord[] }) {
  const t = useT();
  const points = mainPackageTrend(records).slice(-MAX_POINTS);
  const latest = points.at(-1);
  if (!latest) return <p className="muted" data-testid="size-trend-none">{t('history.trendNone')}</p>;
  const level = mainPackageLevel(latest.bytes);
  const share = latest.bytes / SIZE_LIMITS.mainPackage;
  // A small app is a fraction of a percent: one decimal there, so it does not read as 0%.
  const percent = share < 0.1 ? Math.round(share * 1000) / 10 : Math.round(share * 100);
  return (
    <div className={`size-trend size-trend--${level}`} data-testid="size-trend" data-points={points.length} data-level={level}>
      <h3>{t('history.trendHeading')}</h3>
      <p className="muted">{t('history.trendHow', { count: points.length })}</p>
      <Sparkline points={points} label={t('history.trendHeading')} />
      <p data-testid="size-trend-latest">{t('history.trendLatest', { size: formatBytes(latest.bytes), percent })}</p>
      {level === 'near' && (
        <p className="banner banner--warn" data-testid="size-warning">
          {t('history.trendNear', { percent, warn: Math.round(MAIN_PACKAGE_WARN_SHARE * 100) })}
        </p>
      )}
      {level === 'over' && (
        <p className="banner banner--error" data-testid="size-warning">
          {t('history.trendOver')}
        </p>
      )}
    </div>
  );
}

function Sparkline({ points, label }: { points: SizePoint[]; label: string }) {
  const sizes = points.map((p) => p.bytes);
  const low = Math.min(...sizes);
  const high = Math.max(...sizes);
  // A flat history is drawn as a flat line in the middle, not at the edge.
  const span = high - low || 1;
  const x = (i: number) => (points.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (bytes: number) => (high === low ? HEIGHT / 2 : HEIGHT - PAD - ((bytes - low) * (HEIGHT - 2 * PAD)) / span);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.bytes).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="sparkline">
      <polyline points={line} fill="none" strokeWidth="2" />
      {points.map((p, i) => (
        <circle key={p.id} cx={x(i)} cy={y(p.bytes)} r={i === points.length - 1 ? 3.5 : 2}>
          <title>{`${p.version ?? ''} ${formatBytes(p.bytes)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
