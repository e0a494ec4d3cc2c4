/**
 * The panel's parts, each computing its own view of the readings. Separate memoized components so a
 * deferred (time-sliced) render of 100,000 readings can yield between them: no single task computes
 * the summary, the chart model and the table at once.
 */
import { memo, Suspense, useMemo } from 'react';
import type { Audience } from '../../clinical/bp-advice';
import type { Threshold } from '../../clinical/bp-category';
import type { BpGoal } from '../../clinical/bp-goal';
import { readingDate, summarize } from '../../clinical/bp-summary';
import type { BpCoverage } from '../../clinical/bp-summary-coverage';
import { localDayKey } from '../../clinical/time';
import type { ChartMarker, TimeDomain } from '../../components/chart-layout';
import { MarkedChart, markerText } from '../../components/chart-markers';
import { preloadedNow } from '../../components/preloadable';
import type { BpReading } from '../../fhir/bp-types';
import { BpLegend } from './bp-legend';
import { BpMattersList } from './bp-matters-list';
import { BpSummaryView } from './bp-summary-view';
import { BpTable } from './bp-table';
import { buildChartModel, toPoint } from './chart-model';
import { downloadCsv } from './csv';

// The chart's code (recharts) is asked for when the panel's code runs, not when the first readings
// arrive (issue 12): it loads while they are fetched. Still its own chunk, off the launch page.
// Rendered directly once loaded: no Suspense fallback, so no 300 ms reveal throttle (preloadable).
const BpChart = preloadedNow(() => import('./bp-chart').then((m) => m.default));

interface Common {
  readings: readonly BpReading[];
  domain: TimeDomain;
  timeZone: string;
  now: number;
}

export const SummarySection = memo(function SummarySection({
  readings,
  domain,
  timeZone,
  now,
  goal,
  goalNotes,
  audience,
  deceased,
  selectedId,
  onShow,
  coverage,
}: Common & {
  /** What span fully loaded (absent: all of it). */
  coverage?: BpCoverage | undefined;
  goal: BpGoal;
  goalNotes: readonly string[];
  audience: Audience;
  deceased: boolean;
  selectedId?: string;
  onShow: (id: string) => void;
}) {
  const summary = useMemo(
    () =>
      summarize(readings, {
        now,
        timeZone,
        goal,
        from: domain.from,
        audience,
        deceased,
        ...(coverage ? { coverage } : {}),
      }),
    [readings, now, timeZone, goal, domain.from, audience, deceased, coverage],
  );
  return (
    <>
      <BpSummaryView
        summary={summary}
        audience={audience}
        goalNotes={goalNotes}
        timeZone={timeZone}
        now={now}
      />
      <BpMattersList
        matters={summary.matters}
        incomplete={summary.incomplete?.period ? summary.incomplete.text : undefined}
        timeZone={timeZone}
        now={now}
        {...(selectedId ? { selectedId } : {})}
        onShow={onShow}
      />
    </>
  );
});

export const ChartSection = memo(function ChartSection({
  readings,
  domain,
  timeZone,
  now,
  threshold,
  selectedId,
  coverage,
  markers = [],
  series,
}: Common & {
  /** The home goal, drawn as the goal lines. */
  threshold: Threshold;
  /** What the lines draw when not every reading (per-day or morning/evening means). */
  series?: readonly BpReading[] | undefined;
  selectedId?: string;
  coverage?: BpCoverage | undefined;
  /** Medication changes, marked on the chart at their dates. */
  markers?: readonly ChartMarker[] | undefined;
}) {
  const model = useMemo(
    () => buildChartModel(readings, domain, timeZone, threshold, series),
    [readings, domain, timeZone, threshold, series],
  );
  const highlight = useMemo(() => {
    const r = selectedId ? readings.find((x) => x.id === selectedId) : undefined;
    return r ? toPoint(r) : undefined;
  }, [readings, selectedId]);
  // Newest-first pages that stopped early: everything before the oldest loaded reading is missing.
  const missingBefore = coverage?.incomplete ? coverage.completeFrom : undefined;
  const notLoaded =
    missingBefore !== undefined && missingBefore > domain.from
      ? { from: domain.from, to: missingBefore }
      : undefined;
  const chartNote = !coverage?.incomplete
    ? undefined
    : notLoaded
      ? `Readings before ${readingDate({ time: notLoaded.to, datePrecision: 'time' }, { timeZone, now }, true)} could not be loaded: the shaded span is not an absence of readings.`
      : missingBefore === undefined
        ? 'Some readings could not be loaded: the chart shows only those that did, and a gap may be missing data.'
        : undefined;
  return (
    <>
      <MarkedChart
        markers={markers}
        domain={domain}
        dates={{ timeZone, now }}
        name="the blood-pressure chart"
        listHidden
      >
        <div
          className="bp-chart"
          role="img"
          aria-label={`Chart of ${model.readings.toLocaleString('en-US')} blood-pressure readings, systolic and diastolic over time; the table below lists the same readings.`}
          data-testid="bp-chart"
          data-drawn={model.drawn}
        >
          <Suspense fallback={<div className="bp-chart__placeholder">Loading chart…</div>}>
            <BpChart
              model={model}
              timeZone={timeZone}
              now={now}
              {...(highlight ? { highlight } : {})}
              {...(notLoaded ? { notLoaded } : {})}
            />
          </Suspense>
        </div>
      </MarkedChart>
      {chartNote ? (
        <p className="bp-note" data-testid="bp-chart-incomplete">
          {chartNote}
        </p>
      ) : null}
      <BpLegend model={model} />
    </>
  );
});

export const TableSection = memo(function TableSection({
  shown,
  timeZone,
  now,
  selectedId,
  loadedOnly = false,
  title = 'Readings',
  changes = [],
}: {
  /** Some readings could not be loaded: the count is of those that did. */
  loadedOnly?: boolean;
  shown: readonly BpReading[];
  timeZone: string;
  now: number;
  selectedId?: string;
  /** What the rows are: "Readings", or "Daily averages" when the chart shows means. */
  title?: string;
  /** Medication changes in the period, noted above the rows at their dates. */
  changes?: readonly ChartMarker[];
}) {
  return (
    <>
      <div className="bp-table-head">
        <h3>
          {title} ({shown.length.toLocaleString('en-US')}
          {loadedOnly ? ' loaded' : ''})
        </h3>
        <button
          type="button"
          onClick={() => {
            downloadCsv(shown, `blood-pressure-${localDayKey(now, timeZone)}.csv`);
          }}
        >
          Export CSV
        </button>
      </div>
      {changes.length > 0 ? (
        <ul className="bp-table-changes" aria-label="Medication changes in this period">
          {changes.map((m) => (
            <li key={`${m.kind}-${m.t}-${m.label}`}>
              Medication change: {markerText(m, { timeZone, now })}
            </li>
          ))}
        </ul>
      ) : null}
      <BpTable
        readings={shown}
        timeZone={timeZone}
        now={now}
        {...(selectedId ? { highlightId: selectedId } : {})}
      />
    </>
  );
});
