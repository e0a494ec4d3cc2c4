/**
 * Days with device-transmitted readings in a 30-day remote-monitoring period, against the device-supply
 * codes of the CMS CY2026 Physician Fee Schedule final rule (CMS-1832-F): CPT 99445 (new for 2026) for
 * 2–15 days of data in a 30-day period, CPT 99454 for 16–30 days; one or the other per period.
 *
 * Only data the device itself uploaded count: CMS CY2021 PFS final rule (85 FR 84472) requires that the
 * device "digitally (that is, automatically) upload patient physiologic data (that is, data are not
 * patient self-recorded and/or self-reported)". So a day counts when it has ≥ 1 single reading with
 * source `device` (bp-types.ts BpSource; from Observation.device or the PHD category, bp-evidence.ts).
 * Patient-entered and unknown-source readings never count (their days are reported separately, so the
 * column can say why they are missing); office readings are not remote monitoring and are left out;
 * an average is a summary, not a reading on a day. Days are local days of `timeZone`; a date-only
 * reading counts on its calendar day. Pure.
 */
import type { BpReading } from '../fhir/bp-types';
import type { RpmPeriod } from './rpm-period';
import { formatDay } from './date-text';
import { addLocalDays, fromWallClock, startOfLocalDay } from './time';

export type RpmBillingCode = '99454' | '99445' | null;

/** CMS CY2026 PFS: 99445 from 2 days, 99454 from 16 days in a 30-day period. */
export const DAYS_FOR_99445 = 2;
export const DAYS_FOR_99454 = 16;
/** The panel flags missing device days once this many days or fewer are left in the period. */
export const AT_RISK_DAYS_LEFT = 14;

export interface DeviceDays {
  deviceDays: number;
  /** Days with only patient-entered / unknown-source readings (not counted for billing). */
  patientEnteredDays: number;
  code: RpmBillingCode;
  /** Device days still needed for 99454, null when met. */
  neededFor99454: number | null;
  /** Today already has a device reading (so today cannot add another device day). */
  todayCounted: boolean;
}

/** Local midnight of the day a reading is on; undefined for a month- or year-only date. */
function dayOf(r: BpReading, timeZone: string): number | undefined {
  if (r.datePrecision === 'time') return startOfLocalDay(r.time, timeZone);
  if (r.datePrecision !== 'day') return undefined;
  // A date-only value is a calendar day (t = noon UTC of it, fhir-date.ts): its local midnight.
  const d = new Date(r.time);
  return fromWallClock(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), timeZone);
}

export function billingCode(deviceDays: number): RpmBillingCode {
  if (deviceDays >= DAYS_FOR_99454) return '99454';
  return deviceDays >= DAYS_FOR_99445 ? '99445' : null;
}

export function countDeviceDays(
  readings: readonly BpReading[],
  period: RpmPeriod,
  timeZone: string,
): DeviceDays {
  const device = new Set<number>();
  const other = new Set<number>();
  for (const r of readings) {
    if (r.setting === 'office' || r.kind !== 'single') continue;
    const day = dayOf(r, timeZone);
    if (day === undefined || day < period.start || day > period.end) continue;
    if (r.source === 'device') device.add(day);
    else if (r.source === 'patient' || r.source === 'unknown') other.add(day);
  }
  let patientEnteredDays = 0;
  for (const day of other) if (!device.has(day)) patientEnteredDays++;
  const deviceDays = device.size;
  const today = addLocalDays(period.start, period.day - 1, timeZone);
  return {
    deviceDays,
    patientEnteredDays,
    code: billingCode(deviceDays),
    neededFor99454: deviceDays >= DAYS_FOR_99454 ? null : DAYS_FOR_99454 - deviceDays,
    todayCounted: device.has(today),
  };
}

const countText = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "9 device days (99445); 3 days with only patient-entered readings, not counted". */
export function deviceDaysText(d: DeviceDays): string {
  const code = d.code ? ` (${d.code})` : '';
  const head = `${countText(d.deviceDays, 'device day')}${code}`;
  return d.patientEnteredDays > 0
    ? `${head}; ${countText(d.patientEnteredDays, 'day')} with only patient-entered readings, not counted`
    : head;
}

/**
 * Whether device days put the patient in the panel's `at-risk-days` group, with the words (rpm-triage.ts
 * has the rule). Each remaining day of the period (today only while it has no device reading) can add
 * one device day; 99454 is reachable when the days it still needs fit in them. Undefined: nothing to
 * say (99454 met, or more than 14 days left).
 */
export function deviceDaysRisk(
  d: DeviceDays,
  period: RpmPeriod,
  o: { timeZone: string; now: number },
): { atRisk: boolean; reason: string } | undefined {
  if (d.deviceDays >= DAYS_FOR_99454) return undefined;
  const have = countText(d.deviceDays, 'device day');
  if (!period.anchored)
    return {
      atRisk: true,
      reason: `${have} in the last 30 days; 99454 needs ${DAYS_FOR_99454} (enrolment date unknown)`,
    };
  if (period.daysLeft > AT_RISK_DAYS_LEFT) return undefined;
  const by = formatDay(period.end, o);
  const possible = period.daysLeft - (d.todayCounted ? 1 : 0);
  const need = DAYS_FOR_99454 - d.deviceDays;
  if (need <= possible)
    return { atRisk: true, reason: `${have}; ${need} more needed by ${by} for 99454` };
  const need45 = DAYS_FOR_99445 - d.deviceDays;
  if (need45 <= 0)
    return { atRisk: false, reason: '99454 no longer reachable this period; 99445 met' };
  if (need45 <= possible)
    return {
      atRisk: true,
      reason: `99454 no longer reachable this period; 99445 not met: ${countText(need45, 'more device day')} needed by ${by}`,
    };
  return { atRisk: false, reason: '99454 no longer reachable this period; 99445 not met' };
}
