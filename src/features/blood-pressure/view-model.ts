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
  return {
    from: first !== undefined && first < now - 7 * DAY ? first : now - RANGE_DAYS['1y'] * DAY,
    to: now,
  };
}

export const readingsIn = (readings: readonly BpReading[], d: TimeDomain) =>
  sliceByTime(readings, d.from, d.to);
