/**
 * Triage of one remote-monitoring patient: the goal sources the verdict uses (bp-goal.ts, 2025 AHA/ACC
 * guideline) and the facts beside the group; home data only (remote monitoring).
 */
import { describe, expect, it } from 'vitest';
import { local, reading } from '../../mocks/test-data/bp-readings';
import { GUIDELINE, NOW, lastDays, month, triage } from '../../mocks/test-data/rpm-triage';
import { resolveGoal } from './bp-goal';

describe('edges of the rules', () => {
  it.each([
    [
      'the later of two equal severe readings',
      [reading(local(2026, 11, 26, 8), 190, 100), reading(local(2026, 11, 28, 8), 190, 100)],
      'Severe reading 190/100 on 28 Nov (2 severe readings in 7 days)',
    ],
    [
      'a severe average (a summary, not a reading) is not a severe reading',
      [reading(local(2026, 11, 28, 8), 190, 100, { kind: 'average' })],
      'At goal: 7-day home average 120/75 (goal below 130/80)',
    ],
  ] as const)('%s', (_name, extra, reason) => {
    expect(triage([...month(), ...extra]).reasons[0]).toBe(reason);
  });

  it.each([
    ['enrolment after now', local(2026, 12, 2, 9), 'No readings in 30 days'],
    ['enrolled this very instant', NOW, 'No readings since enrolment on 1 Dec'],
  ] as const)('no readings, %s', (_name, enrolledAt, reason) => {
    expect(triage([], { enrolledAt }).reasons[0]).toBe(reason);
  });

  it('one reading: "1 usable home reading"', () => {
    expect(
      triage([reading(local(2026, 11, 30, 8), 120, 75)], { enrolledAt: local(2026, 11, 20, 9) })
        .reasons[0],
    ).toBe(
      'Not enough readings for a verdict: 1 usable home reading in the last 7 days, 12 needed',
    );
  });

  it('a reading taken exactly now is the last reading', () => {
    const t = triage([reading(NOW, 120, 75)]);
    expect(t).toMatchObject({ lastReadingAt: NOW, daysSinceLast: 0 });
  });
});

describe('the goal the verdict uses (bp-goal.ts sources)', () => {
  it.each([
    ['guideline 130/80', GUIDELINE, 'above-goal', 'goal below 130/80'],
    [
      'practice 140/90 (home 135/85)',
      resolveGoal({ practice: { systolic: 140, diastolic: 90 } }),
      'controlled',
      'goal below 135/85',
    ],
    [
      'patient 140/90 (home 135/85)',
      resolveGoal({ patient: { office: { systolic: 140, diastolic: 90 }, goalId: 'Goal/g' } }),
      'controlled',
      'goal below 135/85',
    ],
    [
      'patient 120/80 (home 120/80) over a practice 140/90',
      resolveGoal({
        patient: { office: { systolic: 120, diastolic: 80 }, goalId: 'Goal/g' },
        practice: { systolic: 140, diastolic: 90 },
      }),
      'above-goal',
      'goal below 120/80',
    ],
  ] as const)('%s', (_name, goal, group, words) => {
    const t = triage(month(132, 82), { goal });
    expect(t.group).toBe(group);
    expect(t.reasons[0]).toContain(words);
    expect(t.verdict.goal).toBe(goal);
  });
});

describe('the facts beside the group', () => {
  it('average, verdict, last reading, device days, period, medicines', () => {
    const t = triage(month(142, 88));
    expect(t.average).toEqual({ systolic: 142, diastolic: 88, days: 7 });
    expect(t.verdict).toMatchObject({ control: 'above-goal', basis: 'home', value: '142/88' });
    expect(t.lastReadingAt).toBe(local(2026, 11, 30, 21));
    expect(t.daysSinceLast).toBe(1);
    expect(t.deviceDays).toMatchObject({ deviceDays: 29, code: '99454' });
    expect(t.period).toMatchObject({ day: 30, daysLeft: 1, anchored: true });
    expect(t.antihypertensives).toBe(2);
    expect(t.severe).toEqual({ count: 0 });
  });

  it('office readings never make an office verdict (remote monitoring is home data)', () => {
    const office = [8, 15, 22].map((d) =>
      reading(local(2026, 11, d, 10), 150, 95, { setting: 'office' }),
    );
    const t = triage([...office, ...lastDays(2)]);
    expect(t.verdict).toMatchObject({ control: 'no-verdict', basis: 'none' });
    expect(t.verdict.office).toBeUndefined();
    expect(t.average).toBeUndefined();
    expect(t.group).toBe('no-verdict');
  });

  it('readings in any order', () => {
    expect(triage([...month(142, 88)].reverse()).group).toBe('above-goal');
  });

  it('a reading dated after now is not the last reading', () => {
    const t = triage([...month(), reading(local(2026, 12, 1, 12), 190, 100)]);
    expect(t.group).toBe('controlled');
    expect(t.lastReadingAt).toBe(local(2026, 11, 30, 21));
  });
});
