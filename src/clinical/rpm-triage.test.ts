/**
 * Triage of one remote-monitoring patient: severe (ACC/AHA 2017 §11.2) → above goal (the dashboard's
 * verdict, 2025 AHA/ACC guideline) → data stopped → short of CMS CY2026 99454 device days → controlled.
 */
import { describe, expect, it } from 'vitest';
import { local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { lastDays, month, triage } from '../../mocks/test-data/rpm-triage';

const LA = 'America/Los_Angeles';
/** Day 12 of 20 Nov – 19 Dec: 19 days left, so device days are not yet at risk. */
const ENROLLED_20_NOV = local(2026, 11, 20, 9);

describe('triagePatient: the group and its reason', () => {
  it.each([
    ['controlled', month(), 'controlled', 'At goal: 7-day home average 120/75 (goal below 130/80)'],
    [
      'above goal',
      month(142, 88),
      'above-goal',
      'Above goal: 7-day home average 142/88 (goal below 130/80)',
    ],
    [
      'above goal: systolic at the goal value',
      month(130, 70),
      'above-goal',
      'Above goal: 7-day home average 130/70 (goal below 130/80)',
    ],
    [
      'severe reading',
      [...month(), reading(local(2026, 11, 28, 8), 184, 122)],
      'severe',
      'Severe reading 184/122 on 28 Nov',
    ],
    [
      'severe by diastolic alone',
      [...month(), reading(local(2026, 11, 28, 8), 150, 121)],
      'severe',
      'Severe reading 150/121 on 28 Nov',
    ],
    [
      '181 systolic is severe',
      [...month(), reading(local(2026, 11, 28, 8), 181, 90)],
      'severe',
      'Severe reading 181/90 on 28 Nov',
    ],
    [
      '180/120 exactly is not severe (above 180 and/or 120)',
      [...month(), reading(local(2026, 11, 28, 8), 180, 120)],
      'controlled',
      'At goal: 7-day home average 125/78 (goal below 130/80)',
    ],
    [
      'severe today',
      [...month(), reading(local(2026, 12, 1, 7), 190, 100)],
      'severe',
      'Severe reading 190/100 on 1 Dec',
    ],
    [
      'severe at the first instant of the 7-day window (25 Nov)',
      [...month(), reading(local(2026, 11, 25, 0), 190, 100)],
      'severe',
      'Severe reading 190/100 on 25 Nov',
    ],
    [
      'severe just before the window (24 Nov, 23:59) does not count',
      [...month(), reading(local(2026, 11, 24, 23, 59), 190, 100)],
      'controlled',
      'At goal: 7-day home average 120/75 (goal below 130/80)',
    ],
    [
      'severe office reading: not remote monitoring',
      [...month(), reading(local(2026, 11, 28, 8), 190, 100, { setting: 'office' })],
      'controlled',
      'At goal: 7-day home average 120/75 (goal below 130/80)',
    ],
    [
      'severe patient-entered reading counts (it is a reading)',
      [...month(), reading(local(2026, 11, 28, 8), 190, 100, { source: 'patient' })],
      'severe',
      'Severe reading 190/100 on 28 Nov',
    ],
    [
      'last reading 3 days ago: stopped',
      twiceDaily([2026, 11, 28], 27, 120, 75),
      'stopped',
      'No reading for 3 days (last on 28 Nov)',
    ],
    [
      'last reading 2 days ago: not stopped',
      twiceDaily([2026, 11, 29], 28, 120, 75),
      'no-verdict',
      'Not enough readings for a verdict: 10 usable home readings in the last 7 days, 12 needed',
    ],
    ['no readings, enrolled 20 Nov', [], 'stopped', 'No readings since enrolment on 20 Nov'],
    [
      'only office readings: no remote-monitoring readings',
      [reading(local(2026, 11, 28, 8), 150, 95, { setting: 'office' })],
      'stopped',
      'No readings since enrolment on 20 Nov',
    ],
    [
      'a few readings: no verdict',
      lastDays(2),
      'no-verdict',
      'Not enough readings for a verdict: 4 usable home readings in the last 7 days, 12 needed',
    ],
  ] as const)('%s', (_name, readings, group, reason) => {
    const t = triage([...readings], { enrolledAt: ENROLLED_20_NOV });
    expect(t.group).toBe(group);
    expect(t.reasons[0]).toBe(reason);
  });

  it('no readings and no enrolment date', () => {
    const t = triage([], { enrolledAt: undefined });
    expect(t).toMatchObject({
      group: 'stopped',
      reasons: [
        'No readings in 30 days',
        '0 device days in the last 30 days; 99454 needs 16 (enrolment date unknown)',
      ],
    });
    expect(t.lastReadingAt).toBeUndefined();
    expect(t.daysSinceLast).toBeUndefined();
  });

  it('Los Angeles: a reading at 23:30 local on 28 Nov is 3 LA days ago (2 in New York)', () => {
    const now = local(2026, 12, 1, 10, 0, LA);
    const rs = [reading(local(2026, 11, 28, 23, 30, LA), 120, 75)];
    const la = triage(rs, { now, timeZone: LA, enrolledAt: local(2026, 11, 2, 9, 0, LA) });
    expect(la).toMatchObject({ group: 'stopped', daysSinceLast: 3 });
    expect(la.reasons[0]).toBe('No reading for 3 days (last on 28 Nov)');
    const ny = triage(rs, { now, enrolledAt: local(2026, 11, 2, 9) });
    expect(ny.daysSinceLast).toBe(2);
  });

  it('several severe readings: the worst, and how many', () => {
    const t = triage([
      ...month(),
      reading(local(2026, 11, 26, 8), 182, 100),
      reading(local(2026, 11, 27, 8), 196, 104),
      reading(local(2026, 11, 29, 8), 196, 101),
    ]);
    expect(t.reasons[0]).toBe('Severe reading 196/104 on 27 Nov (3 severe readings in 7 days)');
    expect(t.severe.count).toBe(3);
    expect(t.severe.worst?.systolic).toBe(196);
  });

  it('every reason that applies, in triage order', () => {
    // Four readings a day on 25–27 Nov: a 7-day average (12 readings) although data stopped after.
    const rs = [25, 26, 27].flatMap((d) =>
      [7, 8, 20, 21].map((h) => reading(local(2026, 11, d, h), 150, 95)),
    );
    const t = triage([...rs, reading(local(2026, 11, 27, 23), 186, 96)], {
      enrolledAt: local(2026, 11, 15, 9),
    });
    expect(t.group).toBe('severe');
    expect(t.reasons).toEqual([
      'Severe reading 186/96 on 27 Nov',
      'Above goal: 7-day home average 153/95 (goal below 130/80)',
      'No reading for 4 days (last on 27 Nov)',
      '3 device days; 13 more needed by 14 Dec for 99454',
    ]);
  });

  it('a severe patient at goal: the verdict line after the group reason', () => {
    const t = triage([...month(), reading(local(2026, 11, 30, 22), 186, 96)]);
    expect(t.reasons).toEqual([
      'Severe reading 186/96 on 30 Nov',
      'At goal: 7-day home average 125/77 (goal below 130/80)',
    ]);
  });

  it('no readings at all: no "not enough readings" line under "no readings"', () => {
    expect(triage([], { enrolledAt: ENROLLED_20_NOV }).reasons).toEqual([
      'No readings since enrolment on 20 Nov',
    ]);
  });
});
