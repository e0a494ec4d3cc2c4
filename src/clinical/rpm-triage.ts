/**
 * One patient of the remote-monitoring panel (issue 14), from that patient's own readings, with the
 * dashboard's own rules (called, never re-implemented): severe from bp-category.ts (ACC/AHA 2017
 * section 11.2), the 7-day home protocol average and verdict from bp-average.ts / bp-verdict.ts
 * against the goal of bp-goal.ts (2025 AHA/ACC guideline; AHA/AMA 2020 home BP protocol), device days
 * from rpm-device-days.ts (CMS CY2026 PFS final rule).
 *
 * Remote monitoring is home data: office readings are left out of everything here (so the verdict is
 * never the office fallback of bp-verdict.ts).
 *
 * Group, first that applies (every other one that applies is added to `reasons` after it):
 * 1. severe: a severe reading in the last 7 local days (today and the 6 before);
 * 2. above-goal: the verdict is above goal;
 * 3. stopped: ≥ 3 local days since the last reading (last on 28 Nov, today 1 Dec), or no reading ever
 *    ("No readings since enrolment on <date>" / "No readings in 30 days");
 * 4. at-risk-days: fewer than 16 device days, 14 or fewer days left, and something still reachable.
 *    Our reading of "reachable": each remaining day (today only if it has no device reading yet) can
 *    add one device day. 99454 reachable → "9 device days; 7 more needed by 14 Dec for 99454". Not
 *    reachable but 99445 (2 days) not met and reachable → still at risk, "99454 no longer reachable
 *    this period; 99445 not met: 1 more device day needed by 14 Dec". Nothing reachable → not in this
 *    group (nothing to chase this period); the line is kept as a later reason ("…; 99445 met").
 *    Without an enrolment date the period rolls (rpm-period.ts), so fewer than 16 device days is at
 *    risk with "enrolment date unknown" in the words;
 * 5. controlled: the verdict is at goal;
 * 6. no-verdict: too few readings for a verdict.
 */
import type { BpReading } from '../fhir/bp-types';
import { MIN_HOME_READINGS, homeAverage } from './bp-average';
import { isSevere, mmHg } from './bp-category';
import type { BpGoal } from './bp-goal';
import { goalText } from './bp-goal';
import { type BpVerdict, bpVerdict } from './bp-verdict';
import { formatDay } from './date-text';
import { type DeviceDays, countDeviceDays, deviceDaysRisk } from './rpm-device-days';
import { type RpmPeriod, currentRpmPeriod, localDaysBetween } from './rpm-period';
import { addLocalDays } from './time';

export { TRIAGE_LABEL, TRIAGE_ORDER, compareTriage, triageCounts } from './rpm-triage-order';

export type TriageGroup =
  'severe' | 'above-goal' | 'stopped' | 'at-risk-days' | 'controlled' | 'no-verdict';

/** No reading for this many local days is "data stopped". */
export const STOPPED_DAYS = 3;
/** Severe readings are looked for in the last 7 local days. */
export const SEVERE_DAYS = 7;

export interface TriageInput {
  /** At least the last 30 days, any order, any setting (office readings are left out here). */
  readings: readonly BpReading[];
  goal: BpGoal;
  now: number;
  timeZone: string;
  enrolledAt?: number;
  antihypertensives: number;
}

export interface PatientTriage {
  group: TriageGroup;
  /** Plain words; the first is the group's reason. */
  reasons: string[];
  /** The 7-day home protocol average the verdict used (present when there is a home verdict). */
  average?: { systolic: number; diastolic: number; days: number };
  /** The dashboard's verdict (bp-verdict.ts) from home readings only. */
  verdict: BpVerdict;
  lastReadingAt?: number;
  /** Local days from the last reading's day to today (0 = today). */
  daysSinceLast?: number;
  severe: { count: number; worst?: BpReading };
  deviceDays: DeviceDays;
  period: RpmPeriod;
  antihypertensives: number;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Worse: higher systolic, then higher diastolic, then later. */
const worse = (a: BpReading, b: BpReading) =>
  a.systolic - b.systolic || a.diastolic - b.diastolic || a.time - b.time;

export function triagePatient(input: TriageInput): PatientTriage {
  const { now, timeZone, goal } = input;
  const o = { timeZone, now };
  const rpm = input.readings
    .filter((r) => r.setting !== 'office' && r.time <= now)
    .sort((a, b) => a.time - b.time);
  const verdict = bpVerdict(rpm, {
    goal,
    now,
    timeZone,
    rolling30: homeAverage(rpm, 30, now, timeZone),
  });
  const period = currentRpmPeriod(now, timeZone, input.enrolledAt);
  const deviceDays = countDeviceDays(rpm, period, timeZone);

  const severeFrom = addLocalDays(now, 1 - SEVERE_DAYS, timeZone);
  const severe = rpm.filter(
    (r) => r.kind === 'single' && r.time >= severeFrom && isSevere(r.systolic, r.diastolic),
  );
  const worst = severe.reduce<BpReading | undefined>(
    (w, r) => (!w || worse(r, w) > 0 ? r : w),
    undefined,
  );
  const last = rpm.at(-1);
  const daysSinceLast = last ? localDaysBetween(last.time, now, timeZone) : undefined;

  // In TRIAGE_ORDER order; a reason without a group is a fact that puts the patient in no group.
  const found: { group?: TriageGroup; reason: string }[] = [];
  if (worst) {
    const more = severe.length > 1 ? ` (${severe.length} severe readings in 7 days)` : '';
    found.push({
      group: 'severe',
      reason: `Severe reading ${mmHg(worst.systolic, worst.diastolic)} on ${formatDay(worst.time, o)}${more}`,
    });
  }
  const avg = verdict.average;
  const average =
    verdict.basis === 'home' && avg.systolic !== undefined && avg.diastolic !== undefined
      ? { systolic: avg.systolic, diastolic: avg.diastolic, days: avg.days }
      : undefined;
  const averageWords = average
    ? `7-day home average ${mmHg(average.systolic, average.diastolic)} (goal below ${goalText(goal.home)})`
    : '';
  if (verdict.control === 'above-goal')
    found.push({ group: 'above-goal', reason: `Above goal: ${averageWords}` });
  if (!last) {
    const since = input.enrolledAt !== undefined && input.enrolledAt <= now;
    found.push({
      group: 'stopped',
      reason: since
        ? `No readings since enrolment on ${formatDay(input.enrolledAt ?? now, o)}`
        : 'No readings in 30 days',
    });
  } else if ((daysSinceLast ?? 0) >= STOPPED_DAYS) {
    found.push({
      group: 'stopped',
      reason: `No reading for ${daysSinceLast} days (last on ${formatDay(last.time, o)})`,
    });
  }
  const risk = deviceDaysRisk(deviceDays, period, o);
  if (risk)
    found.push(
      risk.atRisk ? { group: 'at-risk-days', reason: risk.reason } : { reason: risk.reason },
    );

  // The verdict's own line (above goal is already a group reason): first for controlled and
  // no-verdict, else after the group's reasons, when there is any reading to judge.
  const verdictLine =
    verdict.control === 'at-goal'
      ? `At goal: ${averageWords}`
      : verdict.control === 'no-verdict'
        ? `Not enough readings for a verdict: ${plural(avg.count, 'usable home reading')} in the last 7 days, ${MIN_HOME_READINGS} needed`
        : undefined;
  const reasons = found.map((f) => f.reason);
  const group: TriageGroup =
    found[0]?.group ?? (verdict.control === 'at-goal' ? 'controlled' : 'no-verdict');
  if (verdictLine && !found[0]?.group) reasons.unshift(verdictLine);
  else if (verdictLine && last) reasons.push(verdictLine);
  return {
    group,
    reasons,
    ...(average ? { average } : {}),
    verdict,
    ...(last ? { lastReadingAt: last.time, daysSinceLast } : {}),
    severe: { count: severe.length, ...(worst ? { worst } : {}) },
    deviceDays,
    period,
    antihypertensives: input.antihypertensives,
  };
}
