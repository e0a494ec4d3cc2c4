/**
 * Time-axis ticks at calendar boundaries, the year always on the axis: local midnights (every day, 2
 * days, or Mondays weekly / fortnightly) for spans up to ~10 weeks ("12 Mar"); the 1st and 15th of
 * months up to ~7 months; first days of months (every 1, 2, 3, 6) up to 3 years ("Mar"); 1 January
 * of every 1, 2, 5, 10 … years beyond ("2019"). The first tick, and each tick in a new year, carries
 * the year ("28 Dec 2025", "4 Jan 2026"; "Oct 2025", "Jan 2026"), so no span reads as this year by
 * default (issue 11: "month ticks without years at uneven places"). Labels come from the shared date text.
 */
import { formatWhen } from '../clinical/date-text';
import { addLocalDays, DAY, startOfLocalDay, wallClock } from '../clinical/time';
import type { TimeDomain } from './chart-layout';
import { calendarNoon } from '../fhir/fhir-date';

export interface Ticks {
  values: number[];
  format: (t: number) => string;
}

const DAY_STEPS = [1, 2, 7, 14] as const;
const MONTH_STEPS = [1, 2, 3, 6] as const;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50] as const;

/** Calendar year and month (0-based) of `t` in the zone. */
function yearMonth(t: number, timeZone: string): [number, number] {
  const w = new Date(wallClock(t, timeZone));
  return [w.getUTCFullYear(), w.getUTCMonth()];
}

/** Month starts (noon UTC of the 1st, so the label's calendar day is exact) every `months`. */
function monthTicks(domain: TimeDomain, timeZone: string, months: number, mid = false): number[] {
  const [y0, m0] = yearMonth(domain.from, timeZone);
  const values: number[] = [];
  // Start on a multiple of the step (even places: Jan/Apr/Jul/Oct, 2010/2015/2020).
  let index = Math.floor((y0 * 12 + m0) / months) * months;
  for (let guard = 0; guard < 400; guard++, index += months) {
    const year = Math.floor(index / 12);
    const days = mid ? [1, 15] : [1];
    const ts = days.map((d) => calendarNoon(year, index % 12, d));
    if ((ts[0] ?? Infinity) > domain.to) break;
    for (const t of ts) if (t >= domain.from && t <= domain.to) values.push(t);
  }
  return values;
}

/** Local midnights every `step` days; weekly and fortnightly ones on Mondays. */
function dayTicks(domain: TimeDomain, timeZone: string, step: number): number[] {
  const values: number[] = [];
  let t = startOfLocalDay(domain.from, timeZone);
  if (t < domain.from) t = addLocalDays(t, 1, timeZone);
  for (let guard = 0; guard < 200 && t <= domain.to; guard++, t = addLocalDays(t, 1, timeZone)) {
    const day = Math.round(wallClock(t, timeZone) / DAY); // days since 1 Jan 1970, a Thursday
    const monday = (day + 3) % 7 === 0;
    if (
      step >= 7 ? monday && (step === 7 || Math.floor((day + 3) / 7) % 2 === 0) : day % step === 0
    )
      values.push(t);
  }
  return values;
}

/** Labels: `short` for each tick, `long` (with the year) for the first and at each new year. */
function labelled(
  values: number[],
  timeZone: string,
  short: (t: number) => string,
  long: (t: number) => string,
): Ticks {
  const labels = new Map<number, string>();
  let year: number | undefined;
  for (const t of values) {
    const [y] = yearMonth(t, timeZone);
    labels.set(t, y === year ? short(t) : long(t));
    year = y;
  }
  return { values, format: (t) => labels.get(t) ?? long(t) };
}

export function timeTicks(domain: TimeDomain, timeZone: string, now: number, count = 6): Ticks {
  const span = domain.to - domain.from;
  const opts = { timeZone, now };
  const months = span / (30.4375 * DAY);
  if (months > 36) {
    const step = YEAR_STEPS.find((s) => months / 12 / s <= count) ?? 100;
    const values = monthTicks(domain, timeZone, step * 12);
    const year = (t: number) => formatWhen(t, 'year', opts);
    return { values, format: year };
  }
  // Month ticks sit at noon UTC of the day (calendar fields, like date-only values).
  const monthLong = (t: number) => formatWhen(t, 'month', opts);
  // "Mar 2026" without its year: the shared text's month, the year cut.
  const monthShort = (t: number) => monthLong(t).replace(/ \d{4}$/, '');
  // With `now` at the tick itself the shared text leaves the year out; the long label adds it. A
  // 'day' tick is a calendar day at noon UTC (read in UTC), a 'time' tick a local midnight.
  const dayShort = (precision: 'day' | 'time') => (t: number) =>
    formatWhen(t, precision, { timeZone, now: t });
  const dayLong = (precision: 'day' | 'time') => (t: number) =>
    `${dayShort(precision)(t)} ${yearMonth(t, precision === 'day' ? 'UTC' : timeZone)[0]}`;
  if (months > 7) {
    const step = MONTH_STEPS.find((s) => months / s <= count) ?? 12;
    return labelled(monthTicks(domain, timeZone, step), 'UTC', monthShort, monthLong);
  }
  if (span > 75 * DAY) {
    const values = monthTicks(domain, timeZone, 1, months * 2 <= count + 1);
    return labelled(values, 'UTC', dayShort('day'), dayLong('day'));
  }
  const step = DAY_STEPS.find((s) => span / DAY / s <= count + 1) ?? 14;
  return labelled(dayTicks(domain, timeZone, step), timeZone, dayShort('time'), dayLong('time'));
}
