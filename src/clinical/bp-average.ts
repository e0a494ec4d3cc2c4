/**
 * Home averages.
 *
 * The 7-day average is the monitoring protocol (ACC/AHA 2017 Table 10, "Procedures for use of HBPM";
 * AHA/AMA 2020 scientific statement on self-measured BP, Shimbo et al., Circulation 2020;142:e42–e63):
 * morning and evening readings over 7 days, the readings of the first day of the period discarded
 * (first-day readings run high), and at least 12 readings. The 14- and 30-day averages are rolling:
 * every reading in them counts (dropping "day 1" of a sliding window would drop a good day each time).
 *
 * Every window ends on the last day that counts: today once today has a home reading, else yesterday.
 * At morning clinic, before the patient has measured, the last 7 days are yesterday and the 6 before.
 * Days are local days in the given time zone.
 */
import type { BpReading } from '../fhir/bp-types';
import { belowThreshold, type Threshold } from './bp-category';
import { addLocalDays, localHour, startOfLocalDay } from './time';

export const MIN_HOME_READINGS = 12;
/** The protocol period, in days (its first day is dropped). */
export const PROTOCOL_DAYS = 7;
export type AverageWindow = 7 | 14 | 30;

export interface HomeAverage {
  days: AverageWindow;
  /** Mean of the counted readings, unrounded (undefined when none counted). */
  systolic?: number;
  diastolic?: number;
  /** Readings counted (after dropping the period's first day, for the protocol). */
  count: number;
  morning: number;
  evening: number;
  /** Readings dropped because they were on the first day of the protocol period (0 when rolling). */
  droppedFirstDay: number;
  /** True when count ≥ MIN_HOME_READINGS with both morning and evening readings. */
  sufficient: boolean;
  /** Window start (local midnight) and end (now, or the end of yesterday before today's first reading). */
  from: number;
  to: number;
  /** Today has no home reading yet: the window ends yesterday. */
  endsYesterday: boolean;
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

/** Timed home single readings: the only ones a protocol average can place in a session. */
const timedHome = (r: BpReading) => isHomeSingle(r) && r.datePrecision === 'time';

/** Where a window of `days` ends: now if today has a home reading, else the last instant of yesterday. */
export function windowEnd(
  readings: readonly BpReading[],
  now: number,
  timeZone: string,
): { to: number; endsYesterday: boolean } {
  const today = startOfLocalDay(now, timeZone);
  const measuredToday = sliceByTime(readings, today, now).some(timedHome);
  return measuredToday ? { to: now, endsYesterday: false } : { to: today - 1, endsYesterday: true };
}

/**
 * The average of home readings over the last `days` local days (see the top of this file for which
 * days). `readings` must be sorted by time (as readBloodPressure returns them).
 */
export function homeAverage(
  readings: readonly BpReading[],
  days: AverageWindow,
  now: number,
  timeZone: string,
  minCount = MIN_HOME_READINGS,
): HomeAverage {
  const { to, endsYesterday } = windowEnd(readings, now, timeZone);
  const from = addLocalDays(to, -(days - 1), timeZone);
  // A date-only reading cannot be placed in the morning or evening session: it stays out.
  const inWindow = sliceByTime(readings, from, to).filter(timedHome);
  const firstDayEnd = days === PROTOCOL_DAYS ? addLocalDays(from, 1, timeZone) : from;
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
    to,
    endsYesterday,
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

/**
 * The protocol average to judge by: the period ending today once today has a reading, unless that
 * period falls short only because today is still in progress (a morning reading taken, the evening
 * one not yet) while the period ending yesterday is complete; then yesterday's. So an adherent
 * patient never loses the average between their morning and evening readings.
 */
export function protocolAverage(
  readings: readonly BpReading[],
  now: number,
  timeZone: string,
): HomeAverage {
  const current = homeAverage(readings, PROTOCOL_DAYS, now, timeZone);
  if (current.sufficient || current.endsYesterday) return current;
  const yesterday = homeAverage(
    readings,
    PROTOCOL_DAYS,
    startOfLocalDay(now, timeZone) - 1,
    timeZone,
  );
  return yesterday.sufficient ? { ...yesterday, endsYesterday: true } : current;
}
