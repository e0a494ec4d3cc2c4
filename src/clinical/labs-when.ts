/**
 * Dates of lab results as the panel states them (DESIGN: "The latest value is always stated with its
 * date and age"): the date through the shared formatter (year unless this year; a date-only result is
 * its calendar day), its age once it is no longer recent, and the change line. Pure.
 */
import type { DatePrecision } from '../fhir/fhir-date';
import { type DateTextOptions, ageText, formatWhen } from './date-text';
import type { LabChange } from './labs-change';
import { DAY } from './time';

/** A result within a month is recent: its date says enough. */
export const RECENT_DAYS = 30;
/** Older than a year: the panel marks the latest result as old. */
export const OLD_DAYS = 365;

export interface LabWhen {
  /** `12 Mar 2025`, `12 Mar` this year; `Date unknown` without one. */
  date: string;
  /** `5 years ago`, when not recent (or `in the future`, which is always said). */
  age?: string;
  old: boolean;
}

export function labWhen(
  t: number | undefined,
  precision: DatePrecision | undefined,
  options: DateTextOptions,
): LabWhen {
  if (t === undefined) return { date: 'Date unknown', old: false };
  const date = formatWhen(t, precision ?? 'time', options);
  const age = ageText(t, options.now, options.timeZone);
  const days = (options.now - t) / DAY;
  const showAge = age === 'in the future' || days > RECENT_DAYS;
  return { date, ...(showAge ? { age } : {}), old: days > OLD_DAYS };
}

/**
 * "↑ 0.3 from 5.1 on 12 Mar 2025"; "unchanged from 5.1 on ..."; the unit is added after the previous
 * value when the latest result was printed in another unit (so 97 µmol/L is not compared with 0.98).
 */
export function changeText(change: LabChange, options: DateTextOptions, unit?: string): string {
  const { previous } = change;
  const from = `${previous.text}${unit ? ` ${unit}` : ''}`;
  const on = formatWhen(previous.t, previous.precision ?? 'time', options);
  if (change.direction === 'none') return `unchanged from ${from} on ${on}`;
  const arrow = change.direction === 'up' ? '↑' : '↓';
  return `${arrow} ${change.deltaText}${unit ? ` ${unit}` : ''} from ${from} on ${on}`;
}
