import { describe, expect, it } from 'vitest';
import { compareOfficeHome } from './bp-compare';
import { homeAverage } from './bp-average';
import { summarize } from './bp-summary';
import { TZ, local, reading, twiceDaily } from './bp-test-readings';
import { DAY } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const sorted = <T extends { time: number }>(xs: T[]) => xs.sort((a, b) => a.time - b.time);

describe('summarize', () => {
  it('says it in one sentence: average, goal, severe readings', () => {
    const readings = sorted([
      ...twiceDaily([2026, 3, 20], 14, 138, 86),
      reading(local(2026, 3, 12, 10), 186, 124, { setting: 'office' }),
    ]);
    const s = summarize(readings, {
      now: NOW,
      timeZone: TZ,
      thresholdSet: '135/85',
      from: NOW - 30 * DAY,
    });
    expect(s.sentence).toBe(
      'Home average last 14 days 138/86 from 26 readings, above goal; 1 severe reading on 12 March.',
    );
    expect(s.goal).toBe('above-goal');
    expect(s.matters.map((m) => m.kind)).toEqual(['sustained-high', 'severe']);
  });

  it('says when the home average is not available and gives the latest reading', () => {
    const readings = [reading(local(2026, 2, 1, 10), 142, 91, { setting: 'office' })];
    const s = summarize(readings, {
      now: NOW,
      timeZone: TZ,
      thresholdSet: '135/85',
      from: NOW - 90 * DAY,
    });
    expect(s.sentence).toBe(
      'No home readings in the last 14 days; latest reading 142/91 on 1 February; no severe readings.',
    );
    expect(s.latest?.category).toBe('stage2');
    expect(s.goal).toBe('insufficient');
  });

  it('counts several severe readings and names the latest day', () => {
    const readings = sorted([
      ...twiceDaily([2026, 3, 20], 3, 128, 78),
      reading(local(2026, 3, 2, 8), 190, 100),
      reading(local(2026, 3, 9, 8), 150, 125),
    ]);
    const s = summarize(readings, {
      now: NOW,
      timeZone: TZ,
      thresholdSet: '130/80',
      from: NOW - 30 * DAY,
    });
    expect(s.sentence).toMatch(
      /not available \(6 usable readings;.*; 2 severe readings, latest on 9 March\.$/,
    );
  });

  it('lists low readings, newest first', () => {
    const readings = sorted([
      reading(local(2026, 3, 1, 8), 85, 55),
      reading(local(2026, 3, 5, 8), 100, 58),
    ]);
    const s = summarize(readings, {
      now: NOW,
      timeZone: TZ,
      thresholdSet: '135/85',
      from: NOW - 30 * DAY,
    });
    expect(s.matters.map((m) => [m.kind, m.systolic])).toEqual([
      ['low', 100],
      ['low', 85],
    ]);
  });

  it('has nothing to say without readings', () => {
    expect(
      summarize([], { now: NOW, timeZone: TZ, thresholdSet: '135/85', from: 0 }).sentence,
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
    expect(compareOfficeHome(readings, home, set, NOW)?.pattern).toBe(pattern);
  });

  it('compares nothing without office readings', () => {
    const readings = twiceDaily([2026, 3, 20], 30, 130, 80);
    expect(
      compareOfficeHome(readings, homeAverage(readings, 30, NOW, TZ), '135/85', NOW),
    ).toBeUndefined();
  });
});

describe('compareOfficeHome window', () => {
  it('prefers office readings inside the home window over older ones', () => {
    const readings = sorted([
      reading(local(2026, 1, 5, 10), 160, 100, { setting: 'office' }), // before a treatment change
      reading(local(2026, 3, 15, 10), 132, 82, { setting: 'office' }),
      ...twiceDaily([2026, 3, 20], 30, 128, 78),
    ]);
    const c = compareOfficeHome(readings, homeAverage(readings, 30, NOW, TZ), '135/85', NOW);
    expect(c?.office).toMatchObject({ systolic: 132, count: 1 });
    expect(c?.pattern).toBe('at-goal-both');
  });
});
