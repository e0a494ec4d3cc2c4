/**
 * Medication changes over a time-axis chart: a numbered dashed line at each change inside the domain,
 * and the same changes as a numbered list (the accessible twin; visually hidden where another view on
 * the page already lists them). The overlay uses the plot area's insets (TIME_AXIS_MARGIN), so a
 * marker sits on the same pixel column as the chart's own points.
 */
import type { ReactNode } from 'react';
import { type DateTextOptions, formatDay } from '../clinical/date-text';
import { type ChartMarker, TIME_AXIS_MARGIN, type TimeDomain } from './chart-layout';
import './chart-markers.css';

export const markersIn = (markers: readonly ChartMarker[], d: TimeDomain) =>
  markers.filter((m) => m.t >= d.from && m.t <= d.to);

const pct = (t: number, d: TimeDomain) => ((t - d.from) / (d.to - d.from)) * 100;

export const markerText = (m: ChartMarker, dates: DateTextOptions) =>
  `${m.label}, ${formatDay(m.t, dates)}`;

interface MarkerProps {
  markers: readonly ChartMarker[];
  domain: TimeDomain;
  dates: DateTextOptions;
}

/**
 * The dashed lines, inside a `position: relative` box the size of the chart (the caller's), between
 * the plot's vertical insets: `plot.top` (the chart's top margin) and `plot.bottom` (x-axis and
 * bottom margin), px. Decorative: the list tells the same.
 */
export function ChartMarkerLines({
  markers,
  domain,
  dates,
  numbered,
  plot = { top: 12, bottom: 34 },
}: MarkerProps & { numbered: boolean; plot?: { top: number; bottom: number } }) {
  const shown = markersIn(markers, domain);
  if (shown.length === 0) return null;
  return (
    <div
      className="chart-markers"
      aria-hidden="true"
      data-testid="chart-markers"
      style={{
        left: TIME_AXIS_MARGIN.left,
        right: TIME_AXIS_MARGIN.right,
        top: plot.top,
        bottom: plot.bottom,
      }}
    >
      {shown.map((m, i) => (
        <span
          key={`${m.kind}-${m.t}-${m.label}`}
          className={`chart-marker chart-marker--${m.kind}`}
          style={{ left: `${pct(m.t, domain)}%` }}
          title={markerText(m, dates)}
        >
          {/* Numbered when the list under the chart shows the same numbers; a plain dot when hidden. */}
          <span className="chart-marker__flag">{numbered ? i + 1 : ''}</span>
        </span>
      ))}
    </div>
  );
}

/** The changes on the chart as a numbered list, named "Medication changes on <name>". */
export function ChartMarkerList({
  markers,
  domain,
  dates,
  name,
  hidden = false,
}: MarkerProps & { name: string; hidden?: boolean }) {
  const shown = markersIn(markers, domain);
  if (shown.length === 0) return null;
  return (
    <ol
      className={hidden ? 'chart-marker-list chart-marker-list--hidden' : 'chart-marker-list'}
      aria-label={`Medication changes on ${name}`}
    >
      {shown.map((m, i) => (
        <li key={`${m.kind}-${m.t}-${m.label}`} value={i + 1}>
          <span className={`chart-marker-list__n chart-marker--${m.kind}`} aria-hidden="true">
            {i + 1}
          </span>{' '}
          {markerText(m, dates)}
        </li>
      ))}
    </ol>
  );
}

/** A chart with its changes: the lines over `children` (the whole chart box), then the list. */
export function MarkedChart({
  name,
  listHidden = false,
  plot,
  children,
  ...props
}: MarkerProps & {
  /** What chart the changes are marked on: the list is named "Medication changes on <name>". */
  name: string;
  /** Another part of the page lists the changes visibly: keep the list for screen readers only. */
  listHidden?: boolean;
  plot?: { top: number; bottom: number };
  children: ReactNode;
}) {
  return (
    <>
      <div className="marked-chart__plot">
        {children}
        <ChartMarkerLines {...props} numbered={!listHidden} {...(plot ? { plot } : {})} />
      </div>
      <ChartMarkerList {...props} name={name} hidden={listHidden} />
    </>
  );
}
