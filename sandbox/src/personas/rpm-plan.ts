/**
 * The remote-monitoring program's plan: who of the 250 members reads how often, how high, with which
 * source. Categories come in exact counts (a seeded shuffle deals them out), so RPM_EXPECTED is exact
 * and independent of `now`; only dates move with `now`. Pure (no Node APIs).
 */
import { createRng, seedOf } from './random';

export const RPM_GROUP_ID = 'rpm-program';
export const RPM_SIZE = 250;
export const rpmId = (n: number) => `rpm-${String(n).padStart(3, '0')}`;
/** Whether a Patient id is one of the program's generated patients (the launcher lists them apart). */
export const isRpmPatient = (id: string) => /^rpm-\d{3}$/.test(id);

export type Membership = 'active' | 'inactive' | 'ended';
export type Adherence =
  'daily' | 'every-other-day' | 'stopped-week' | 'stopped-4-days' | 'never-started' | 'mid-period';
export type Control = 'controlled' | 'above-goal';
export type Source = 'device' | 'mostly-patient' | 'patient-only';

export interface RpmMember {
  id: string;
  n: number;
  membership: Membership;
  adherence: Adherence;
  control: Control;
  /** Local days ago of the planted severe reading (>= 180 systolic or >= 120 diastolic). */
  severeDaysAgo?: number;
  source: Source;
  /** Local days before `now` of enrolment (Group.member.period.start). */
  enrolledDaysAgo: number;
  /** Local days before `now` of the last reading day (1 = yesterday); undefined when none. */
  lastDaysAgo?: number;
  /** Ended members: local days ago of Group.member.period.end. */
  endedDaysAgo?: number;
  timeZone: string;
}

/** Exact category sizes; `daily` takes the rest. */
const COUNTS = {
  inactive: 3,
  ended: 3,
  'never-started': 6,
  'stopped-week': 8,
  'stopped-4-days': 5,
  'every-other-day': 25,
  'mid-period': 4,
  recent: 4,
} as const;
const SEVERE = 8;
const SEVERE_OLDER = 2;
const ABOVE_GOAL = 50;
const PATIENT_ONLY = 10;
const MOSTLY_PATIENT = 15;
/** Mid-period members: enrolled 46 days ago, so their second 30-day period began 16 days ago. */
export const MID_PERIOD_ENROLLED_DAYS_AGO = 46;
export const MID_PERIOD_START_DAYS_AGO = 16;
export const MID_PERIOD_SKIPPED_DAYS_AGO = 9;
export const RECENT_ENROLLED_DAYS_AGO = 10;
export const ENDED_DAYS_AGO = 5;

function shuffled(items: number[], seed: string): number[] {
  const rng = createRng(seedOf(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

function build(): RpmMember[] {
  const rng = createRng(seedOf('rpm:plan'));
  const members: RpmMember[] = Array.from({ length: RPM_SIZE }, (_, i) => {
    const tz = rng.next();
    return {
      id: rpmId(i + 1),
      n: i + 1,
      membership: 'active',
      adherence: 'daily',
      control: 'controlled',
      source: 'device',
      enrolledDaysAgo: rng.int(30, 60),
      timeZone:
        tz < 0.7 ? 'America/New_York' : tz < 0.85 ? 'America/Chicago' : 'America/Los_Angeles',
    };
  });
  const deal = shuffled(
    members.map((m) => m.n),
    'rpm:deal',
  );
  const take = (count: number) => deal.splice(0, count).map((n) => members[n - 1] as RpmMember);
  for (const m of take(COUNTS.inactive)) m.membership = 'inactive';
  for (const m of take(COUNTS.ended)) {
    m.membership = 'ended';
    m.endedDaysAgo = ENDED_DAYS_AGO;
    m.lastDaysAgo = ENDED_DAYS_AGO;
  }
  for (const m of take(COUNTS['never-started'])) m.adherence = 'never-started';
  for (const m of take(COUNTS['stopped-week'])) {
    m.adherence = 'stopped-week';
    m.lastDaysAgo = 8 + (m.n % 7);
  }
  for (const m of take(COUNTS['stopped-4-days'])) {
    m.adherence = 'stopped-4-days';
    m.lastDaysAgo = 4;
  }
  const everyOther = take(COUNTS['every-other-day']);
  for (const m of everyOther) m.adherence = 'every-other-day';
  for (const m of take(COUNTS['mid-period'])) {
    m.adherence = 'mid-period';
    m.enrolledDaysAgo = MID_PERIOD_ENROLLED_DAYS_AGO;
  }
  const recent = take(COUNTS.recent);
  for (const m of recent) m.enrolledDaysAgo = RECENT_ENROLLED_DAYS_AGO;
  for (const m of members) if (m.adherence !== 'never-started') m.lastDaysAgo ??= 1;
  // Control and source: among active members who read. Severe ones are above goal as well.
  const reading = shuffled(
    members.filter((m) => m.membership === 'active' && m.lastDaysAgo !== undefined).map((m) => m.n),
    'rpm:control',
  ).map((n) => members[n - 1] as RpmMember);
  // A severe reading in the last 7 days needs a reading day there: daily or every other day.
  const recentReaders = reading.filter((m) => m.lastDaysAgo === 1 && m.adherence !== 'mid-period');
  for (const [i, m] of recentReaders.slice(0, SEVERE).entries()) {
    m.control = 'above-goal';
    m.severeDaysAgo = m.adherence === 'every-other-day' ? 1 + 2 * (i % 3) : 1 + (i % 6);
  }
  // Two more have a severe reading weeks ago: outside any "last 7 days" count.
  const olderReaders = recentReaders.slice(SEVERE).filter((m) => m.enrolledDaysAgo > 21);
  for (const m of olderReaders.slice(0, SEVERE_OLDER)) {
    m.control = 'above-goal';
    m.severeDaysAgo = m.adherence === 'every-other-day' ? 21 : 20;
  }
  for (const m of reading
    .filter((m) => m.control === 'controlled')
    .slice(0, ABOVE_GOAL - SEVERE - SEVERE_OLDER)) {
    m.control = 'above-goal';
  }
  const sources = shuffled(
    reading.map((m) => m.n),
    'rpm:source',
  ).map((n) => members[n - 1] as RpmMember);
  const selfReaders = sources.filter((m) => m.adherence !== 'mid-period');
  for (const m of selfReaders.slice(0, PATIENT_ONLY)) m.source = 'patient-only';
  for (const m of selfReaders.slice(PATIENT_ONLY, PATIENT_ONLY + MOSTLY_PATIENT))
    m.source = 'mostly-patient';
  return members;
}

export const RPM_MEMBERS: readonly RpmMember[] = build();
