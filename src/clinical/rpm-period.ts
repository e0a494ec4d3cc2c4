/**
 * The current 30-day remote-monitoring period. CMS pays the device-supply codes once per 30-day period
 * (CMS CY2026 Physician Fee Schedule final rule, CMS-1832-F: CPT 99445, 2–15 days of data, and 99454,
 * 16–30 days, "each 30 days"). Periods here are 30 LOCAL days in the patient's time zone:
 *
 * - with an enrolment date (Group.member.period.start): repeating 30-day periods anchored at the local
 *   day of enrolment (day 1 = the day of enrolment; day 31 starts the next period);
 * - without one (or one after `now`): the 30 local days ending today (`anchored: false`; always day 30,
 *   1 day left, since such a window rolls forward every day).
 *
 * A day is a calendar day, so a 23- or 25-hour DST day is still one day. Pure.
 */
import { DAY, addLocalDays, startOfLocalDay } from './time';

export const RPM_PERIOD_DAYS = 30;

export interface RpmPeriod {
  /** Local midnight of day 1. */
  start: number;
  /** The last millisecond of day 30. */
  end: number;
  /** Whole local days left including today. */
  daysLeft: number;
  /** 1-based day number of today. */
  day: number;
  /** Anchored at an enrolment date; false for the rolling 30 days ending today. */
  anchored: boolean;
}

/** Whole local calendar days from the day of `from` to the day of `to` (DST days count as one). */
export const localDaysBetween = (from: number, to: number, timeZone: string) =>
  Math.round((startOfLocalDay(to, timeZone) - startOfLocalDay(from, timeZone)) / DAY);

export function currentRpmPeriod(now: number, timeZone: string, enrolledAt?: number): RpmPeriod {
  const today = startOfLocalDay(now, timeZone);
  const rolling: RpmPeriod = {
    start: addLocalDays(today, 1 - RPM_PERIOD_DAYS, timeZone),
    end: addLocalDays(today, 1, timeZone) - 1,
    daysLeft: 1,
    day: RPM_PERIOD_DAYS,
    anchored: false,
  };
  if (enrolledAt === undefined) return rolling;
  const elapsed = localDaysBetween(enrolledAt, now, timeZone);
  if (elapsed < 0) return rolling;
  const index = Math.floor(elapsed / RPM_PERIOD_DAYS);
  const start = addLocalDays(enrolledAt, index * RPM_PERIOD_DAYS, timeZone);
  const day = elapsed - index * RPM_PERIOD_DAYS + 1;
  return {
    start,
    end: addLocalDays(start, RPM_PERIOD_DAYS, timeZone) - 1,
    daysLeft: RPM_PERIOD_DAYS - day + 1,
    day,
    anchored: true,
  };
}
