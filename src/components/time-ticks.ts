/**
 * Time-axis ticks at even places: local midnights for spans up to ~7 months ("12 Mar", with the year
 * when not this year), first days of months for spans up to ~3 years ("Mar 2026"), and 1 January of
 * every 1, 2, 5, 10 … years for longer ones ("2019"). Labels come from the shared date text.
 */
import { formatWhen } from '../clinical/date-text';
import { DAY, startOfLocalDay, wallClock } from '../clinical/time';
import type { TimeDomain } from './chart-layout';
import { calendarNoon } from '../fhir/fhir-date';

export interface Ticks {
  values: number[];
  format: (t: number) => string;
}

const MONTH_STEPS = [1, 2, 3, 6] as const;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50] as const;

/** Calendar year and month (0-based) of `t` in the zone. */
function yearMonth(t: number, timeZone: string): [number, number] {
  const w = new Date(wallClock(t, timeZone));
  return [w.getUTCFullYear(), w.getUTCMonth()];
}

/** Month or year starts (noon UTC of the 1st, so the label's calendar day is exact) every `step`. */
function calendarTicks(domain: TimeDomain, timeZone: string, months: number): number[] {
  const [y0, m0] = yearMonth(domain.from, timeZone);
  const values: number[] = [];
  // Start on a multiple of the step (even places: Jan/Apr/Jul/Oct, 2010/2015/2020).
  let index = Math.ceil((y0 * 12 + m0) / months) * months;
  for (let guard = 0; guard < 200; guard++, index += months) {
    const t = calendarNoon(Math.floor(index / 12), index % 12, 1);
    if (t > domain.to) break;
    if (t >= domain.from) values.push(t);
  }
  return values;
}

export function timeTicks(domain: TimeDomain, timeZone: string, now: number, count = 6): Ticks {
  const span = domain.to - domain.from;
  const opts = { timeZone, now };
  const months = span / (30.4375 * DAY);
  if (months > 36) {
    const years = months / 12;
    const step = YEAR_STEPS.find((s) => years / s <= count) ?? 100;
    return {
      values: calendarTicks(domain, timeZone, step * 12),
      format: (t) => formatWhen(t, 'year', opts),
    };
  }
  if (months > 7) {
    const step = MONTH_STEPS.find((s) => months / s <= count) ?? 12;
    return {
      values: calendarTicks(domain, timeZone, step),
      format: (t) => formatWhen(t, 'month', opts),
    };
  }
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = startOfLocalDay(domain.from + ((i + 0.5) * span) / count, timeZone);
    if (t >= domain.from && t <= domain.to && values.at(-1) !== t) values.push(t);
  }
  return { values, format: (t) => formatWhen(t, 'time', opts) };
}
