import type { TrendPoint } from '../../clinical/labs';
import { isFlagged } from '../../clinical/labs-interpretation';

/** A tiny trend in plain SVG (no chart library in the overview). Decorative: the values are in text. */
export function Sparkline({ points }: { points: readonly TrendPoint[] }) {
  if (points.length < 2) return <span className="lab-spark lab-spark--empty" aria-hidden="true" />;
  const w = 96;
  const h = 28;
  const ts = points.map((p) => p.t);
  const vs = points.flatMap((p) => [
    p.value,
    ...(p.low !== undefined ? [p.low] : []),
    ...(p.high !== undefined ? [p.high] : []),
  ]);
  const [t0, t1] = [Math.min(...ts), Math.max(...ts)];
  const [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  const x = (t: number) => (t1 === t0 ? w / 2 : ((t - t0) / (t1 - t0)) * (w - 4) + 2);
  const y = (v: number) => (v1 === v0 ? h / 2 : h - 2 - ((v - v0) / (v1 - v0)) * (h - 4));
  const last = points[points.length - 1] as TrendPoint;
  const band = last.low !== undefined || last.high !== undefined;
  const top = y(last.high ?? v1);
  const bottom = y(last.low ?? v0);
  return (
    <svg
      className="lab-spark"
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      aria-hidden="true"
      focusable="false"
    >
      {band ? (
        <rect
          x={0}
          y={top}
          width={w}
          height={Math.max(bottom - top, 1)}
          className="lab-spark__band"
        />
      ) : null}
      <polyline
        points={points.map((p) => `${x(p.t)},${y(p.value)}`).join(' ')}
        className="lab-spark__line"
      />
      <circle
        cx={x(last.t)}
        cy={y(last.value)}
        r={2.5}
        className={
          isFlagged(last.flag?.severity) ? 'lab-spark__dot lab-spark__dot--flag' : 'lab-spark__dot'
        }
      />
    </svg>
  );
}
