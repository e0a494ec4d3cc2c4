/**
 * Home average per protocol (ACC/AHA 2017, Table 10, "Procedures for use of HBPM"; also AHA/AMA 2020
 * self-measured BP statement): morning and evening readings over a week or more, readings of the first
 * day discarded (first-day readings run high), and enough readings to mean something (≥12).
 * Days are local days in the given time zone.
 */
import type { BpReading } from '../fhir/bp-types';
import { belowThreshold, type Threshold } from './bp-category';
import { addLocalDays, localHour } from './time';

export const MIN_HOME_READINGS = 12;
export type AverageWindow = 7 | 14 | 30;

export interface HomeAverage {
  days: AverageWindow;
  /** Mean of the counted readings, unrounded (undefined when none counted). */
  systolic?: number;
  diastolic?: number;
  /** Readings counted (after dropping day 1). */
  count: number;
  morning: number;
  evening: number;
  /** Readings dropped because they were on the first day with readings in the window. */
  droppedFirstDay: number;
  /** True when count ≥ MIN_HOME_READINGS with both morning and evening readings. */
  sufficient: boolean;
  /** Window start (local midnight) and end (now). */
  from: number;
  to: number;
}

/** Morning before local noon, evening from noon: the protocol's two daily sessions. */
const isMorning = (t: number, timeZone: string) => localHour(t, timeZone) < 12;

/** Home single readings (averages and office readings never feed a home average). */
export const isHomeSingle = (r: BpReading) => r.setting === 'home' && r.kind === 'single';

/** Readings with from <= time <= to in a time-sorted array, by binary search. */
export function sliceByTime<T extends { time: number }>(
  sorted: readonly T[],
  from: number,
  to: number,
): T[] {
  const lower = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid]?.time ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return sorted.slice(lower(from), lower(to + 1));
}

/**
 * The average of home readings over the last `days` local days ending at `now` (today included).
 * `readings` must be sorted by time (as readBloodPressure returns them).
 */
export function homeAverage(
  readings: readonly BpReading[],
  days: AverageWindow,
  now: number,
  timeZone: string,
  minCount = MIN_HOME_READINGS,
): HomeAverage {
  const from = addLocalDays(now, -(days - 1), timeZone);
  // A date-only reading cannot be placed in the morning or evening session: it stays out.
  const inWindow = sliceByTime(readings, from, now).filter(
    (r) => isHomeSingle(r) && r.datePrecision === 'time',
  );
  const first = inWindow[0];
  const firstDayEnd = first ? addLocalDays(first.time, 1, timeZone) : 0;
  const counted = inWindow.filter((r) => r.time >= firstDayEnd);
  let s = 0;
  let d = 0;
  let morning = 0;
  for (const r of counted) {
    s += r.systolic;
    d += r.diastolic;
    if (isMorning(r.time, timeZone)) morning++;
  }
  const count = counted.length;
  const evening = count - morning;
  return {
    days,
    ...(count > 0 ? { systolic: s / count, diastolic: d / count } : {}),
    count,
    morning,
    evening,
    droppedFirstDay: inWindow.length - count,
    sufficient: count >= minCount && morning > 0 && evening > 0,
    from,
    to: now,
  };
}

/** Share (0–1) of home single readings in [from, to] below the home threshold; undefined when none. */
export function shareAtGoal(
  readings: readonly BpReading[],
  threshold: Threshold,
  from: number,
  to: number,
): { share: number; atGoal: number; count: number } | undefined {
  const home = sliceByTime(readings, from, to).filter(isHomeSingle);
  if (home.length === 0) return undefined;
  const atGoal = home.filter((r) => belowThreshold(r.systolic, r.diastolic, threshold)).length;
  return { share: atGoal / home.length, atGoal, count: home.length };
}
