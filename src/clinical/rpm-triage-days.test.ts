/**
 * Triage on device days (CMS CY2026 PFS final rule: 99454 needs 16 device days in the 30-day period,
 * 99445 2): short with 14 or fewer days left is "at risk" while something is still reachable.
 */
import { describe, expect, it } from 'vitest';
import type { BpReading } from '../fhir/bp-types';
import { TZ, local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { resolveGoal } from './bp-goal';
import { triagePatient } from './rpm-triage';

const NOW = local(2026, 12, 1, 10);
/** Morning and evening device readings at 120/75 on `n` days ending 30 Nov (a controlled verdict). */
const lastDays = (n: number) => twiceDaily([2026, 11, 30], n, 120, 75);
const asPatient = (rs: BpReading[]) => rs.map((r) => ({ ...r, source: 'patient' as const }));
const todayDevice = () => reading(local(2026, 12, 1, 7), 120, 75);
const lateDevice = () => reading(local(2026, 11, 30, 23), 120, 75);
const AT_GOAL = 'At goal: 7-day home average 120/75 (goal below 130/80)';
const enrolled = (d: number) => local(2026, 11, d, 9);

const triage = (readings: BpReading[], enrolledAt: number | undefined) =>
  triagePatient({
    readings,
    goal: resolveGoal({}),
    now: NOW,
    timeZone: TZ,
    ...(enrolledAt !== undefined ? { enrolledAt } : {}),
    antihypertensives: 0,
  });

describe('at-risk-days: short of 16 device days with two weeks or less left', () => {
  it.each([
    // name, readings, enrolled (day of Nov), group, reasons
    [
      '14 days left (day 17), 9 device days: 7 more needed',
      lastDays(9),
      15,
      'at-risk-days',
      ['9 device days; 7 more needed by 14 Dec for 99454', AT_GOAL],
    ],
    ['15 days left (day 16): not yet at risk', lastDays(9), 16, 'controlled', [AT_GOAL]],
    [
      '15 device days with 14 days left: 1 more needed',
      lastDays(15),
      15,
      'at-risk-days',
      ['15 device days; 1 more needed by 14 Dec for 99454', AT_GOAL],
    ],
    ['16 device days: 99454 met', lastDays(16), 15, 'controlled', [AT_GOAL]],
    [
      '1 device day (patient-entered otherwise) with 14 days left: 99454 out of reach, 99445 not met',
      [...asPatient(lastDays(9)), lateDevice()],
      15,
      'at-risk-days',
      [
        '99454 no longer reachable this period; 99445 not met: 1 more device day needed by 14 Dec',
        AT_GOAL,
      ],
    ],
    [
      'patient-entered readings only: 0 device days, 2 needed for 99445',
      asPatient(lastDays(9)),
      15,
      'at-risk-days',
      [
        '99454 no longer reachable this period; 99445 not met: 2 more device days needed by 14 Dec',
        AT_GOAL,
      ],
    ],
    [
      '7 needed, 7 days left (today included): still reachable',
      lastDays(9),
      8,
      'at-risk-days',
      ['9 device days; 7 more needed by 7 Dec for 99454', AT_GOAL],
    ],
    [
      '7 needed, 7 days left but today already counted: out of reach, 99445 met',
      [...lastDays(8), todayDevice()],
      8,
      'controlled',
      [AT_GOAL, '99454 no longer reachable this period; 99445 met'],
    ],
    [
      '3 days left, 7 needed: out of reach, 99445 met',
      lastDays(9),
      4,
      'controlled',
      [AT_GOAL, '99454 no longer reachable this period; 99445 met'],
    ],
    [
      '3 days left, 1 device day: 99445 still reachable',
      [...asPatient(lastDays(9)), lateDevice()],
      4,
      'at-risk-days',
      [
        '99454 no longer reachable this period; 99445 not met: 1 more device day needed by 3 Dec',
        AT_GOAL,
      ],
    ],
    [
      'last day, no device day: nothing reachable',
      asPatient(lastDays(9)),
      2,
      'controlled',
      [AT_GOAL, '99454 no longer reachable this period; 99445 not met'],
    ],
    [
      'last day, 1 device day: 99445 reachable today',
      [...asPatient(lastDays(9)), lateDevice()],
      2,
      'at-risk-days',
      [
        '99454 no longer reachable this period; 99445 not met: 1 more device day needed by 1 Dec',
        AT_GOAL,
      ],
    ],
    [
      'at risk before "not enough readings"',
      lastDays(3),
      15,
      'at-risk-days',
      [
        '3 device days; 13 more needed by 14 Dec for 99454',
        'Not enough readings for a verdict: 6 usable home readings in the last 7 days, 12 needed',
      ],
    ],
  ] as const)('%s', (_name, readings, day, group, reasons) => {
    const t = triage([...readings], enrolled(day));
    expect(t.group).toBe(group);
    expect(t.reasons).toEqual(reasons);
  });

  it('the reason for "not enough readings" goes first when it is the group', () => {
    expect(triage(lastDays(3), enrolled(20)).reasons).toEqual([
      'Not enough readings for a verdict: 6 usable home readings in the last 7 days, 12 needed',
    ]);
  });

  it.each([
    [
      '9 device days',
      lastDays(9),
      'at-risk-days',
      ['9 device days in the last 30 days; 99454 needs 16 (enrolment date unknown)', AT_GOAL],
    ],
    [
      '1 device day',
      [...asPatient(lastDays(9)), lateDevice()],
      'at-risk-days',
      ['1 device day in the last 30 days; 99454 needs 16 (enrolment date unknown)', AT_GOAL],
    ],
    ['16 device days', lastDays(16), 'controlled', [AT_GOAL]],
  ] as const)('no enrolment date (rolling 30 days): %s', (_name, readings, group, reasons) => {
    const t = triage([...readings], undefined);
    expect(t.group).toBe(group);
    expect(t.reasons).toEqual(reasons);
  });

  it('the device-day facts', () => {
    const t = triage([...asPatient(lastDays(9)), lateDevice()], enrolled(15));
    expect(t.deviceDays).toEqual({
      deviceDays: 1,
      patientEnteredDays: 8,
      code: null,
      neededFor99454: 15,
      todayCounted: false,
    });
    expect(t.period).toMatchObject({ day: 17, daysLeft: 14 });
  });
});
