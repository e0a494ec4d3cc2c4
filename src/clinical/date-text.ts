/**
 * Dates as every panel prints them. One rule everywhere (DESIGN): a date shows its year unless it is in
 * the current year, so "2 March" can never be read as this March when it was 2019. Date-only and
 * partial FHIR dates print their calendar fields with no time-zone shift and no invented "00:00".
 * Pure: the caller passes `now` and the time zone.
 */
import type { DatePrecision, FhirDate } from '../fhir/fhir-date';
import { DAY, startOfLocalDay } from './time';

export interface DateTextOptions {
  /** IANA zone instants are shown in (the patient's or the browser's). */
  timeZone: string;
  /** Epoch ms of "now", which decides whether the year is printed. */
  now: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(key: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const id = `${key}|${timeZone}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    formats.set(id, f);
  }
  return f;
}

const yearIn = (t: number, timeZone: string) =>
  format('y', timeZone, { year: 'numeric' }).format(t);

/** Date-only and partial values are calendar fields: printed in UTC, where `t` (noon UTC) sits. */
const zoneFor = (precision: DatePrecision, timeZone: string) =>
  precision === 'time' ? timeZone : 'UTC';

/**
 * `15 Jan`, or `15 Jan 2024` when not this year; `Mar 2021` and `2021` for partial dates; with
 * `withTime`, instants add `, 10:14`.
 */
export function formatWhen(
  t: number,
  precision: DatePrecision,
  { timeZone, now }: DateTextOptions,
  withTime = false,
): string {
  if (!Number.isFinite(t)) return 'Date unknown';
  const zone = zoneFor(precision, timeZone);
  if (precision === 'year') return yearIn(t, zone);
  if (precision === 'month')
    return format('my', zone, { month: 'short', year: 'numeric' }).format(t);
  const thisYear = yearIn(t, zone) === yearIn(now, timeZone);
  const day = thisYear
    ? format('dm', zone, { day: 'numeric', month: 'short' }).format(t)
    : format('dmy', zone, { day: 'numeric', month: 'short', year: 'numeric' }).format(t);
  if (!withTime || precision !== 'time') return day;
  const time = format('hm', zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    t,
  );
  return `${day}, ${time}`;
}

/** An instant's day (`15 Jan`, `15 Jan 2024`). */
export const formatDay = (t: number, options: DateTextOptions) => formatWhen(t, 'time', options);

/** An instant's day and time (`15 Jan 2024, 10:14`). */
export const formatDayTime = (t: number, options: DateTextOptions) =>
  formatWhen(t, 'time', options, true);

/** A FHIR date as read, at its own precision. */
export const formatFhirDate = (d: FhirDate, options: DateTextOptions, withTime = false) =>
  formatWhen(d.t, d.precision, options, withTime);

/**
 * How long ago, in calendar days of `timeZone` and then the largest whole unit: `today`, `yesterday`,
 * `5 days ago`, `3 weeks ago`, `4 months ago`, `5 years ago`; `in the future` past `now`.
 */
export function ageText(t: number, now: number, timeZone: string): string {
  if (t - now > 5 * 60_000) return 'in the future';
  const days = Math.round((startOfLocalDay(now, timeZone) - startOfLocalDay(t, timeZone)) / DAY);
  if (days < 1) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 61) return `${Math.floor(days / 7)} weeks ago`;
  const months = Math.floor(days / 30.4375);
  if (months < 24) return `${months} months ago`;
  return `${Math.floor(days / 365.25)} years ago`;
}
