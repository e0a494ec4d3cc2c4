import { describe, expect, it } from 'vitest';
import { compareOfficeHome } from './bp-compare';
import { homeAverage } from './bp-average';
import { resolveGoal } from './bp-goal';
import { summarize } from './bp-summary';
import { TZ, local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { DAY } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const opts = { audience: 'clinician', deceased: false } as const;
/** The 2025 AHA/ACC default (130/80) and a practice goal of 140/90 (home 135/85). */
const DEFAULT = resolveGoal({});
const PRACTICE_140 = resolveGoal({ practice: { systolic: 140, diastolic: 90 } });
const sorted = <T extends { time: number }>(xs: T[]) => xs.sort((a, b) => a.time - b.time);

describe('summarize', () => {
  it('says it in one sentence: average, goal, severe readings', () => {
    const readings = sorted([
      ...twiceDaily([2026, 3, 20], 14, 138, 86),
      reading(local(2026, 3, 12, 10), 186, 124, { setting: 'office' }),
    ]);
    const s = summarize(readings, {
      ...opts,
      now: NOW,
      timeZone: TZ,
      goal: PRACTICE_140,
      from: NOW - 30 * DAY,
    });
    expect(s.sentence).toBe(
      'Above goal: home average 138/86 over the last 7 days, goal below 135/85; 1 severe reading on 12 Mar.',
    );
    expect(s.verdict).toMatchObject({ control: 'above-goal', basis: 'home', value: '138/86' });
    // The verdict states the average against the goal once; the list holds only the readings.
    expect(s.matters.map((m) => m.kind)).toEqual(['severe']);
  });

  it('says when the home average is not available and gives the latest reading', () => {
    const readings = [reading(local(2026, 2, 1, 10), 142, 91, { setting: 'office' })];
    const s = summarize(readings, {
      ...opts,
      now: NOW,
      timeZone: TZ,
      goal: PRACTICE_140,
      from: NOW - 90 * DAY,
    });
    expect(s.sentence).toBe(
      'Above goal in the office: 142/91 from 1 office reading, goal below 140/90; no home readings in the last 30 days; latest reading 142/91 on 1 Feb (6 weeks ago); no severe readings.',
    );
    expect(s.latest?.category).toBe('stage2');
    expect(s.verdict).toMatchObject({ control: 'above-goal', basis: 'office' });
  });

  it('counts several severe readings and names the latest day', () => {
    const readings = sorted([
      ...twiceDaily([2026, 3, 20], 3, 128, 78),
      reading(local(2026, 3, 2, 8), 190, 100),
      reading(local(2026, 3, 9, 8), 150, 125),
    ]);
    const s = summarize(readings, {
      ...opts,
      now: NOW,
      timeZone: TZ,
      goal: DEFAULT,
      from: NOW - 30 * DAY,
    });
    expect(s.sentence).toMatch(
      /^No verdict on control yet: 6 more home readings needed; .*; 2 severe readings, latest on 9 Mar\.$/,
    );
  });

  it('lists low readings, newest first', () => {
    const readings = sorted([
      reading(local(2026, 3, 1, 8), 85, 55),
      reading(local(2026, 3, 5, 8), 100, 58),
    ]);
    const s = summarize(readings, {
      ...opts,
      now: NOW,
      timeZone: TZ,
      goal: PRACTICE_140,
      from: NOW - 30 * DAY,
    });
    expect(s.matters.map((m) => [m.kind, m.systolic])).toEqual([
      ['low', 100],
      ['low', 85],
    ]);
  });

  it('shows the year of every date not in this year, and the age of the latest reading', () => {
    const readings = sorted([
      reading(local(2019, 3, 19, 10), 186, 110, { setting: 'office' }),
      reading(local(2021, 1, 4, 10), 162, 98, { setting: 'office' }),
    ]);
    const s = summarize(readings, {
      ...opts,
      now: NOW,
      timeZone: TZ,
      goal: PRACTICE_140,
      from: 0,
    });
    expect(s.sentence).toBe(
      'No verdict on control yet: 12 more home readings needed (morning and evening); measuring morning and evening, a 7-day average is possible from 26 Mar; latest reading 162/98 on 4 Jan 2021 (5 years ago); 1 severe reading on 19 Mar 2019.',
    );
  });

  it('a date-only latest reading is named by its day, with no time', () => {
    const r = reading(Date.UTC(2021, 2, 4, 12), 150, 95, {
      setting: 'office',
      datePrecision: 'day',
      timeText: '2021-03-04',
    });
    const s = summarize([r], { ...opts, now: NOW, timeZone: TZ, goal: PRACTICE_140, from: 0 });
    expect(s.sentence).toContain('latest reading 150/95 on 4 Mar 2021 (5 years ago)');
  });

  it('has nothing to say without readings', () => {
    expect(
      summarize([], { ...opts, now: NOW, timeZone: TZ, goal: PRACTICE_140, from: 0 }).sentence,
    ).toBe('No blood-pressure readings.');
  });
});

describe('compareOfficeHome (ACC/AHA 2017 section 4.2)', () => {
  const office = (s: number, d: number) =>
    reading(local(2026, 3, 10, 10), s, d, { setting: 'office' });
  it.each([
    ['135/85', 145, 92, 128, 78, 'white-coat'],
    ['135/85', 132, 82, 140, 88, 'masked'],
    ['135/85', 145, 92, 140, 88, 'above-both'],
    ['135/85', 132, 82, 128, 78, 'at-goal-both'],
    ['135/85', 139, 89, 136, 84, 'masked'], // office 139/89 is under the corresponding 140/90
    ['130/80', 130, 79, 128, 78, 'white-coat'],
  ] as const)('set %s: office %s/%s, home %s/%s -> %s', (set, os, od, hs, hd, pattern) => {
    const readings = sorted([office(os, od), ...twiceDaily([2026, 3, 20], 30, hs, hd)]);
    const home = homeAverage(readings, 30, NOW, TZ);
    expect(
      compareOfficeHome(readings, home, set === '130/80' ? DEFAULT : PRACTICE_140, NOW)?.pattern,
    ).toBe(pattern);
  });

  it('compares nothing without office readings', () => {
    const readings = twiceDaily([2026, 3, 20], 30, 130, 80);
    expect(
      compareOfficeHome(readings, homeAverage(readings, 30, NOW, TZ), PRACTICE_140, NOW),
    ).toBeUndefined();
  });
});

describe('compareOfficeHome window', () => {
  // No office reading inside the 30-day home window: the last 90 days' office readings are used.
  it.each([
    ['an office reading 89 days ago is compared', 89, 1],
    ['an office reading exactly 90 days ago is compared', 90, 1],
    ['an office reading 91 days ago is not', 91, undefined],
  ])('%s', (_name, daysAgo, count) => {
    const readings = sorted([
      reading(NOW - daysAgo * DAY, 150, 95, { setting: 'office' }),
      ...twiceDaily([2026, 3, 20], 30, 128, 78).filter((r) => r.time <= NOW),
    ]);
    const c = compareOfficeHome(readings, homeAverage(readings, 30, NOW, TZ), PRACTICE_140, NOW);
    expect(c?.office.count).toBe(count);
  });

  it('prefers office readings inside the home window over older ones', () => {
    const readings = sorted([
      reading(local(2026, 1, 5, 10), 160, 100, { setting: 'office' }), // before a treatment change
      reading(local(2026, 3, 15, 10), 132, 82, { setting: 'office' }),
      ...twiceDaily([2026, 3, 20], 30, 128, 78),
    ]);
    const c = compareOfficeHome(readings, homeAverage(readings, 30, NOW, TZ), PRACTICE_140, NOW);
    expect(c?.office).toMatchObject({ systolic: 132, count: 1 });
    expect(c?.pattern).toBe('at-goal-both');
  });
});
