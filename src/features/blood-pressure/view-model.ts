/** Range -> fetch window and time domain; the derived views of one panel render, memoized by the panel. */
import { sliceByTime } from '../../clinical/bp-average';
import { addLocalDays, DAY, fromWallClock, HOUR, localDayKey } from '../../clinical/time';
import {
  isPreset,
  type PresetRange,
  type TimeDomain,
  type TimeRange,
} from '../../components/chart-layout';
import type { BpReading } from '../../fhir/bp-types';
import { readFhirDate } from '../../fhir/fhir-date';

const RANGE_DAYS: Record<Exclude<PresetRange, 'all'>, number> = { '30d': 30, '90d': 90, '1y': 365 };
/** The summary needs 30 days of home readings and 90 days of office readings, whatever the range. */
const MIN_FETCH_DAYS = 90;

/** Local midnight starting the calendar day `YYYY-MM-DD` in the zone; undefined when not a day. */
export function localMidnight(day: string, timeZone: string): number | undefined {
  const d = readFhirDate(day);
  // readFhirDate puts a day at noon UTC: its wall-clock midnight is 12 hours earlier.
  return d?.precision === 'day' ? fromWallClock(d.t - 12 * HOUR, timeZone) : undefined;
}

/** The `date=ge…` lower bound to fetch for a range (a local date, stable within a day), or 'all'. */
export function sinceFor(range: TimeRange, now: number, timeZone: string): string {
  if (range === 'all') return 'all';
  const usual = localDayKey(addLocalDays(now, -MIN_FETCH_DAYS, timeZone), timeZone);
  if (!isPreset(range)) return range.from < usual ? range.from : usual;
  return localDayKey(
    addLocalDays(now, -Math.max(RANGE_DAYS[range], MIN_FETCH_DAYS), timeZone),
    timeZone,
  );
}

/**
 * The window a range shows. "All" runs from the earliest thing on the axis (the first reading or the
 * first medication, `earliest`), with a little room before it so its marker is not cut by the axis;
 * with nothing older than a week it shows a year. A custom range runs from the local midnight of its
 * first day to the end of its last day (never past now).
 */
export function domainFor(
  range: TimeRange,
  now: number,
  earliest: number | undefined,
  timeZone: string,
): TimeDomain {
  if (!isPreset(range)) {
    const from = localMidnight(range.from, timeZone) ?? now - RANGE_DAYS['90d'] * DAY;
    const end = localMidnight(range.to, timeZone);
    const to = end === undefined ? now : Math.min(now, addLocalDays(end, 1, timeZone));
    return { from: Math.min(from, to - HOUR), to };
  }
  if (range !== 'all') return { from: now - RANGE_DAYS[range] * DAY, to: now };
  if (earliest === undefined || earliest >= now - 7 * DAY)
    return { from: now - RANGE_DAYS['1y'] * DAY, to: now };
  return { from: earliest - Math.max((now - earliest) * 0.02, DAY), to: now };
}

/** The earlier of two optional instants. */
export const earlier = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

export const readingsIn = (readings: readonly BpReading[], d: TimeDomain) =>
  sliceByTime(readings, d.from, d.to);

/**
 * The ranges the default window may take, narrowest first: the usual 90 days, widened to a year and
 * then to the whole record only when the narrower one holds no reading (DESIGN: windows follow the
 * data). 30 days is offered as a choice, never picked for the user.
 */
export const DEFAULT_RANGES: readonly Exclude<PresetRange, '30d'>[] = ['90d', '1y', 'all'];

const LAST: Record<Exclude<PresetRange, 'all'>, string> = {
  '30d': '30 days',
  '90d': '90 days',
  '1y': 'year',
};

/** "no readings in the last 90 days" — what an empty range says. */
export const noReadingsIn = (range: TimeRange) =>
  range === 'all'
    ? 'No blood-pressure readings'
    : isPreset(range)
      ? `No blood-pressure readings in the last ${LAST[range]}`
      : 'No blood-pressure readings in the dates chosen';

/** "Showing all 5 years: no readings in the last year." — why the default window is wider. */
export function widenedText(range: PresetRange, narrower: PresetRange, domain: TimeDomain): string {
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

/**
 * What is wrong with a custom range typed as `YYYY-MM-DD` days (date inputs give '' for an
 * incomplete date), or undefined when it can be shown: both days, the first on or before the last,
 * neither after `today` (the local day key of now).
 */
export function customRangeError(from: string, to: string, today: string): string | undefined {
  if (from === '' || to === '') return 'Enter both dates.';
  if (readFhirDate(from)?.precision !== 'day' || readFhirDate(to)?.precision !== 'day')
    return 'Enter each date as day, month and year.';
  if (from > to) return 'The first date must be on or before the last.';
  if (to > today) return 'The dates cannot be in the future.';
  return undefined;
}
