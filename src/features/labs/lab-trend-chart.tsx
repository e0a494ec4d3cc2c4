/**
 * The trend of one analyte with its reference band shaded (recharts; lazy-loaded by analyte-detail).
 * A one-sided range shades from its bound to the chart's edge. On the dashboard it is drawn on the BP
 * chart's time window (same insets, same calendar ticks) with the medication changes marked on it.
 */
import { Area, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type DateTextOptions, formatWhen } from '../../clinical/date-text';
import type { AnalyteSummary } from '../../clinical/labs';
import { DAY } from '../../clinical/time';
import { TIME_AXIS_MARGIN, type TimeDomain } from '../../components/chart-layout';
import { ChartMarkerLines, ChartMarkerList } from '../../components/chart-markers';
import { timeTicks } from '../../components/time-ticks';
import type { TrendAxis } from './analyte-detail';

/** Round axis bounds to a 1/2/5 step so ticks read 3.5, 4, 4.5 rather than 3.86, 4.51. */
function niceBounds(lo: number, hi: number): [number, number, number] {
  const raw = (hi - lo) / 4 || Math.abs(hi) / 4 || 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  return [Math.max(0, Math.floor(lo / step) * step), Math.ceil(hi / step) * step, step];
}

/** The results' own span (a day either side when they share one instant). */
function spanOf(ts: readonly number[]): TimeDomain {
  const from = Math.min(...ts);
  const to = Math.max(...ts);
  return to - from < DAY ? { from: from - DAY, to: to + DAY } : { from, to };
}

/** The printed value (never the raw float); the band as its rounded bounds. */
function tooltipValue(v: unknown, payload: unknown): string {
  const field = Array.isArray(v) ? 'bandText' : 'text';
  const text =
    typeof payload === 'object' && payload !== null && field in payload
      ? (payload as Record<string, unknown>)[field]
      : undefined;
  return typeof text === 'string' ? text : '';
}

export default function LabTrendChart({
  analyte,
  when,
  axis = { markers: [] },
}: {
  analyte: AnalyteSummary;
  when: DateTextOptions;
  axis?: TrendAxis;
}) {
  const all = analyte.trend;
  const domain = axis.domain ?? spanOf(all.map((p) => p.t));
  const points = all.filter((p) => p.t >= domain.from && p.t <= domain.to);
  const outside = all.length - points.length;
  const ticks = timeTicks(domain, when.timeZone, when.now);
  // Nothing in the period: the value axis still fits the analyte, so an empty plot is not misread.
  const values = (points.length > 0 ? points : all)
    .flatMap((p) => [p.value, p.low, p.high])
    .filter((v): v is number => v !== undefined);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  const [yMin, yMax, step] = niceBounds(lo - pad, hi + pad);
  const yTicks = Array.from({ length: Math.round((yMax - yMin) / step) + 1 }, (_, i) =>
    Number((yMin + i * step).toPrecision(6)),
  );
  const bandText = analyte.bandText;
  const data = points.map((p) => ({
    t: p.t,
    precision: p.precision,
    value: p.value,
    text: p.text,
    bandText: p.bandText,
    band: p.low !== undefined || p.high !== undefined ? [p.low ?? yMin, p.high ?? yMax] : undefined,
  }));
  const marks = { markers: axis.markers, domain, dates: when };
  return (
    <>
      <div
        className="lab-chart"
        role="img"
        aria-label={`${analyte.name} trend, ${points.length} values in this period; the table below lists every result.`}
      >
        <div className="marked-chart__plot">
          <ResponsiveContainer width="100%" height={200}>
            <ComposedChart
              data={data}
              margin={{ top: 8, right: TIME_AXIS_MARGIN.right, bottom: 4, left: 0 }}
            >
              <XAxis
                dataKey="t"
                type="number"
                domain={[domain.from, domain.to]}
                allowDataOverflow
                ticks={ticks.values}
                tickFormatter={ticks.format}
                // Never drop the first tick: it carries the year.
                interval="preserveStart"
                fontSize={12}
              />
              <YAxis
                domain={[yMin, yMax]}
                ticks={yTicks}
                width={TIME_AXIS_MARGIN.left}
                fontSize={12}
                allowDataOverflow
              />
              <Area
                dataKey="band"
                stroke="none"
                fill="var(--lab-band, #1a7f37)"
                fillOpacity={0.12}
                isAnimationActive={false}
                connectNulls
                name="Reference range"
              />
              <Line
                dataKey="value"
                stroke="var(--color-accent, #0b5cad)"
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
                name={analyte.unit ?? 'value'}
              />
              <Tooltip
                labelFormatter={(t) => formatWhen(Number(t), 'time', when)}
                formatter={(v, name, item) => [tooltipValue(v, item.payload), String(name)]}
              />
            </ComposedChart>
          </ResponsiveContainer>
          <ChartMarkerLines {...marks} numbered plot={{ top: 8, bottom: 34 }} />
        </div>
        {bandText ? (
          <p className="lab-chart__legend" aria-hidden="true">
            <span className="lab-chart__swatch" />
            Reference range {bandText} {analyte.unit}
          </p>
        ) : null}
      </div>
      <ChartMarkerList {...marks} name={`the ${analyte.name} chart`} />
      {outside > 0 ? (
        <p className="lab-note" data-testid="lab-outside">
          {outside} of {all.length} values fall outside the period shown; the table lists them all.
        </p>
      ) : null}
    </>
  );
}
