/**
 * What the remote-monitoring program holds, in exact numbers and ids, so the app's tests can assert
 * them. Derived from the plan (not from the generated resources: the sandbox's tests check that the
 * resources agree). "Days ago" are local calendar days in each patient's time zone; no member has a
 * reading today, so nothing here depends on the time of day.
 */
import {
  ENDED_DAYS_AGO,
  MID_PERIOD_START_DAYS_AGO,
  RECENT_ENROLLED_DAYS_AGO,
  RPM_GROUP_ID,
  RPM_MEMBERS,
  type RpmMember,
} from './rpm-plan';

const ids = (keep: (m: RpmMember) => boolean) => RPM_MEMBERS.filter(keep).map((m) => m.id);
const active = (m: RpmMember) => m.membership === 'active';

export const RPM_EXPECTED = {
  group: `Group/${RPM_GROUP_ID}`,
  managingEntity: 'Practitioner/practitioner-1',
  /** Group.member entries, all of them. */
  members: RPM_MEMBERS.length,
  /** Members neither `inactive: true` nor with an ended `period.end`. */
  activeMembers: RPM_MEMBERS.filter(active).length,
  /** Group.member.inactive = true (readings continue: the app must skip them). */
  inactiveIds: ids((m) => m.membership === 'inactive'),
  /** Group.member.period.end set ENDED_DAYS_AGO days ago (readings stop that day). */
  endedIds: ids((m) => m.membership === 'ended'),
  endedDaysAgo: ENDED_DAYS_AGO,
  /** Active members with no reading at all (a cuff Device exists, never used). */
  neverStartedIds: ids((m) => active(m) && m.adherence === 'never-started'),
  /** Active members whose last reading was 8 to 14 days ago. */
  stoppedWeekIds: ids((m) => active(m) && m.adherence === 'stopped-week'),
  /** Active members whose last reading was exactly 4 days ago. */
  stopped4DaysIds: ids((m) => active(m) && m.adherence === 'stopped-4-days'),
  /** Active members reading on every other day (1, 3, 5... days ago). */
  everyOtherDayIds: ids((m) => active(m) && m.adherence === 'every-other-day'),
  /** Enrolled 10 days ago, reading daily since. */
  recentlyEnrolledIds: ids((m) => active(m) && m.enrolledDaysAgo === RECENT_ENROLLED_DAYS_AGO),
  /**
   * Enrolled 46 days ago: their second 30-day period began 16 days ago (14 days of it left after
   * today) and has readings on 15 of its 16 days so far (9 days ago missed), all from the cuff.
   */
  midPeriod: {
    ids: ids((m) => m.adherence === 'mid-period'),
    periodStartDaysAgo: MID_PERIOD_START_DAYS_AGO,
    deviceDaysInPeriod: 15,
  },
  /** Active members with a reading >= 180 systolic or >= 120 diastolic in the last 7 days. */
  severeIds: ids((m) => active(m) && m.severeDaysAgo !== undefined && m.severeDaysAgo < 7),
  /** A severe reading 20-21 days ago only: not severe "this week". */
  severeOlderIds: ids((m) => active(m) && m.severeDaysAgo !== undefined && m.severeDaysAgo >= 7),
  /**
   * Active members who read and whose readings average about 150/95 (above both 130/80 and 140/90),
   * severe ones included; every other active reader averages about 120/74 (below 130/80).
   */
  aboveGoalIds: ids((m) => active(m) && m.control === 'above-goal'),
  /** Every reading patient-entered (performer = the patient, no device); no Device resource. */
  patientEnteredOnlyIds: ids((m) => active(m) && m.source === 'patient-only'),
  /** At least 80% of readings patient-entered, the patient-entered-only ones included. */
  mostlyPatientEnteredIds: ids((m) => active(m) && m.source !== 'device'),
} as const;
