import { describe, expect, it } from 'vitest';
import { homeAverage } from './bp-average';
import { resolveGoal } from './bp-goal';
import { patientSummary } from './bp-patient-summary';
import { protocolShortfall } from './bp-protocol';
import { TZ, local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { bpVerdict } from './bp-verdict';
import { localDayKey } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const DEFAULT = resolveGoal({});
const sorted = <T extends { time: number }>(xs: T[]) => xs.sort((a, b) => a.time - b.time);
const verdict = (readings: ReturnType<typeof reading>[], now = NOW, goal = DEFAULT) =>
  bpVerdict(readings, {
    goal,
    now,
    timeZone: TZ,
    rolling30: homeAverage(readings, 30, now, TZ),
  });

describe('one verdict on control', () => {
  it.each([
    ['home 134/83 against the 2025 default 130/80: above', 134, 83, DEFAULT, 'above-goal'],
    ['home 129/79 against 130/80: at goal', 129, 79, DEFAULT, 'at-goal'],
    ['home 130/79: systolic at the goal value is not below it', 130, 79, DEFAULT, 'above-goal'],
    [
      'home 134/83 against a practice 140/90 (home 135/85): at goal',
      134,
      83,
      resolveGoal({ practice: { systolic: 140, diastolic: 90 } }),
      'at-goal',
    ],
  ] as const)('%s', (_name, s, d, goal, control) => {
    const v = verdict(twiceDaily([2026, 3, 20], 7, s, d), NOW, goal);
    expect(v).toMatchObject({ control, basis: 'home', value: `${s}/${d}` });
  });

  it('states the evidence: the period, its readings and what was left out', () => {
    const v = verdict(twiceDaily([2026, 3, 20], 7, 134, 83));
    expect(v.evidence[0]).toBe(
      '14 Mar – 20 Mar: 12 readings, 6 morning and 6 evening, first day left out (2 readings)',
    );
    expect(v.goalLine).toBe(
      'Goal: below 130/80 at home, 130/80 in the office (2025 AHA/ACC guideline)',
    );
  });

  it('compares office readings with the office goal, not the home goal', () => {
    // Office 138/88 with a 140/90 practice goal: below the office goal although above home 135/85.
    const goal = resolveGoal({ practice: { systolic: 140, diastolic: 90 } });
    const readings = sorted([
      ...twiceDaily([2026, 3, 20], 7, 130, 80),
      reading(local(2026, 3, 10, 10), 138, 88, { setting: 'office' }),
    ]);
    const v = verdict(readings, NOW, goal);
    expect(v.office).toMatchObject({ atGoal: true, count: 1 });
    expect(v.evidence).toContain(
      'Office: 138/88 from 1 reading in the last 30 days, below the office goal of 140/90',
    );
  });

  it.each([
    ['office readings of the last 30 days when there are any', local(2026, 3, 10, 10), 30],
    ['else those of the last 90 days', local(2026, 1, 10, 10), 90],
  ])('%s (the same ones the office/home comparison uses)', (_name, t, days) => {
    const readings = sorted([
      reading(t, 150, 95, { setting: 'office' }),
      ...twiceDaily([2026, 3, 20], 7, 130, 80),
    ]);
    expect(verdict(readings).office?.days).toBe(days);
  });

  it('with no home readings in 30 days, office readings decide and it says so', () => {
    const v = verdict([reading(local(2026, 3, 1, 10), 150, 95, { setting: 'office' })]);
    expect(v).toMatchObject({ control: 'above-goal', basis: 'office', value: '150/95' });
    expect(v.headline).toBe('Above goal in the office');
  });

  it.each([
    ['at 08:00 before the morning reading', [] as ReturnType<typeof reading>[]],
    [
      'at 08:00 after the morning reading (the evening one still to come)',
      [reading(local(2026, 3, 20, 7, 30), 150, 95)],
    ],
  ])('an adherent patient keeps the verdict through the day: %s', (_name, today) => {
    const readings = sorted([...twiceDaily([2026, 3, 19], 7, 134, 83), ...today]);
    const v = verdict(readings, local(2026, 3, 20, 8));
    expect(v).toMatchObject({ control: 'above-goal', value: '134/83' });
    expect(v.average.endsYesterday).toBe(true);
  });

  it('too few readings: no verdict, how many more and from when', () => {
    const v = verdict(twiceDaily([2026, 3, 20], 4, 150, 95));
    expect(v).toMatchObject({ control: 'no-verdict', basis: 'none' });
    expect(v.shortfall?.more).toBe(4);
    expect(v.sentence).toBe(
      'No verdict on control yet: 4 more home readings needed; measuring morning and evening, a 7-day average is possible from 22 Mar',
    );
  });

  it('after death: no verdict and nothing to measure', () => {
    const readings = twiceDaily([2026, 3, 20], 3, 150, 95);
    const v = bpVerdict(readings, {
      goal: DEFAULT,
      now: NOW,
      timeZone: TZ,
      rolling30: homeAverage(readings, 30, NOW, TZ),
      deceased: true,
    });
    expect(v).toMatchObject({ control: 'no-verdict', headline: 'No current verdict' });
    expect(v.shortfall).toBeUndefined();
    expect(v.sentence).not.toMatch(/needed|possible from/);
  });

  it('a window that did not fully load gives no verdict, whatever was loaded', () => {
    const readings = twiceDaily([2026, 3, 20], 7, 150, 95);
    const v = bpVerdict(readings, {
      goal: DEFAULT,
      now: NOW,
      timeZone: TZ,
      rolling30: homeAverage(readings, 30, NOW, TZ),
      incomplete: 'incomplete — some readings could not be loaded',
    });
    expect(v.control).toBe('no-verdict');
    expect(v.value).toBeUndefined();
  });
});

describe('protocol shortfall: how many more readings, and the first day it is possible', () => {
  it.each([
    // [name, readings, now, more, ready day]
    ['no readings at all, evening: 12 needed, ready in 6 days', [], NOW, 12, '2026-03-26'],
    [
      'no readings at all, morning: today’s two sessions count, ready a day sooner',
      [],
      local(2026, 3, 20, 8),
      12,
      '2026-03-25',
    ],
    [
      '4 days done: 4 more, ready the day after tomorrow',
      twiceDaily([2026, 3, 20], 4, 130, 80),
      NOW,
      4,
      '2026-03-22',
    ],
    [
      'mornings only: 6 more, and the old mornings leave the period as it moves',
      twiceDaily([2026, 3, 20], 7, 130, 80)
        .filter((_, i) => i % 2 === 0)
        .slice(0, 6),
      local(2026, 3, 20, 8),
      6,
      '2026-03-25',
    ],
  ] as const)('%s', (_name, readings, now, more, day) => {
    const s = protocolShortfall([...readings], now, TZ);
    expect(s?.more).toBe(more);
    expect(s && localDayKey(s.readyDay, TZ)).toBe(day);
  });

  it('none when the period already has a protocol average', () => {
    expect(protocolShortfall(twiceDaily([2026, 3, 20], 7, 130, 80), NOW, TZ)).toBeUndefined();
  });
});

describe("the patient's words for the same verdict", () => {
  const o = { timeZone: TZ, now: NOW };
  it.each([
    [
      'above goal',
      twiceDaily([2026, 3, 20], 7, 134, 83),
      'Your 7-day average: 134/83',
      /above your goal of 130\/80/,
      'attention',
    ],
    [
      'at goal',
      twiceDaily([2026, 3, 20], 7, 124, 76),
      'Your 7-day average: 124/76',
      /below your goal of 130\/80/,
      'good',
    ],
    [
      'not ready',
      twiceDaily([2026, 3, 20], 3, 124, 76),
      'Your 7-day average is not ready yet',
      /It needs 6 more readings/,
      'neutral',
    ],
  ] as const)('%s', (_name, readings, headline, line, tone) => {
    const p = patientSummary(verdict([...readings]), o);
    expect(p.headline).toBe(headline);
    expect(p.lines.join(' ')).toMatch(line);
    expect(p.tone).toBe(tone);
    // No clinical jargon for the patient.
    expect(p.lines.join(' ')).not.toMatch(/stage|adherence|protocol|titrat/i);
  });
});
