/** Range -> fetch window and time domain; the derived views of one panel render, memoized by the panel. */
import { sliceByTime } from '../../clinical/bp-average';
import { addLocalDays, DAY, localDayKey } from '../../clinical/time';
import type { TimeDomain, TimeRange } from '../../components/chart-layout';
import type { BpReading } from '../../fhir/bp-types';

const RANGE_DAYS: Record<Exclude<TimeRange, 'all'>, number> = { '30d': 30, '90d': 90, '1y': 365 };
/** The summary needs 30 days of home readings and 90 days of office readings, whatever the range. */
const MIN_FETCH_DAYS = 90;

/** The `date=ge…` lower bound to fetch for a range (a local date, stable within a day), or 'all'. */
export function sinceFor(range: TimeRange, now: number, timeZone: string): string {
  if (range === 'all') return 'all';
  return localDayKey(
    addLocalDays(now, -Math.max(RANGE_DAYS[range], MIN_FETCH_DAYS), timeZone),
    timeZone,
  );
}

export function domainFor(
  range: TimeRange,
  now: number,
  readings: readonly BpReading[],
): TimeDomain {
  if (range !== 'all') return { from: now - RANGE_DAYS[range] * DAY, to: now };
  const first = readings[0]?.time;
  if (first === undefined || first >= now - 7 * DAY)
    return { from: now - RANGE_DAYS['1y'] * DAY, to: now };
  // A little room before the first reading, so its marker is not cut by the axis.
  return { from: first - Math.max((now - first) * 0.02, DAY), to: now };
}

export const readingsIn = (readings: readonly BpReading[], d: TimeDomain) =>
  sliceByTime(readings, d.from, d.to);

/**
 * The ranges the default window may take, narrowest first: the usual 90 days, widened to a year and
 * then to the whole record only when the narrower one holds no reading (DESIGN: windows follow the
 * data). 30 days is offered as a choice, never picked for the user.
 */
export const DEFAULT_RANGES: readonly Exclude<TimeRange, '30d'>[] = ['90d', '1y', 'all'];

const LAST: Record<Exclude<TimeRange, 'all'>, string> = {
  '30d': '30 days',
  '90d': '90 days',
  '1y': 'year',
};

/** "no readings in the last 90 days" — what an empty range says. */
export const noReadingsIn = (range: TimeRange) =>
  range === 'all'
    ? 'No blood-pressure readings'
    : `No blood-pressure readings in the last ${LAST[range]}`;

/** "Showing all 5 years: no readings in the last year." — why the default window is wider. */
export function widenedText(range: TimeRange, narrower: TimeRange, domain: TimeDomain): string {
  const years = Math.round((domain.to - domain.from) / (365.25 * DAY));
  const what =
    range === 'all'
      ? years > 1
        ? `all ${years} years`
        : 'all readings'
      : range === '1y'
        ? '1 year'
        : LAST[range];
  const none = narrower === 'all' ? 'none' : `no readings in the last ${LAST[narrower]}`;
  return `Showing ${what}: ${none}.`;
}
