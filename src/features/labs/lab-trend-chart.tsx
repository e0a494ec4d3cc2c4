/**
 * The trend of one analyte with its reference band shaded (recharts; lazy-loaded by analyte-detail).
 * A one-sided range shades from its bound to the chart's edge.
 */
import { Area, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyteSummary } from '../../clinical/labs';
import { formatDate } from './format';

const SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit' });

export default function LabTrendChart({ analyte }: { analyte: AnalyteSummary }) {
  const points = analyte.trend;
  const values = points.flatMap((p) => [p.value, p.low, p.high]).filter((v): v is number => v !== undefined);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
  const yMin = Math.max(0, lo - pad);
  const yMax = hi + pad;
  const data = points.map((p) => ({
    t: p.t,
    value: p.value,
    band: p.low !== undefined || p.high !== undefined ? [p.low ?? yMin, p.high ?? yMax] : undefined,
  }));
  const round = (v: number) => Number(v.toPrecision(3));
  return (
    <div className="lab-chart" role="img" aria-label={`${analyte.name} trend, ${points.length} values; the same values are in the table below.`}>
      <ResponsiveContainer width="100%" height={200}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => SHORT.format(t)} fontSize={12} />
          <YAxis domain={[round(yMin), round(yMax)]} width={48} fontSize={12} allowDataOverflow />
          <Area dataKey="band" stroke="none" fill="var(--lab-band, #1a7f37)" fillOpacity={0.12} isAnimationActive={false} connectNulls name="Reference range" />
          <Line dataKey="value" stroke="var(--color-accent, #0b5cad)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} name={analyte.unit ?? 'value'} />
          <Tooltip
            labelFormatter={(t) => formatDate(Number(t))}
            formatter={(v, name) => [Array.isArray(v) ? v.join('–') : String(v), String(name)]}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
