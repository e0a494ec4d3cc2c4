import { describe, expect, it } from 'vitest';
import { homeAverage, shareAtGoal, sliceByTime } from './bp-average';
import { TZ, local, reading } from '../../mocks/test-data/bp-readings';
import { localDayKey } from './time';

// Edges of the home-average protocol (ACC/AHA 2017 Table 10; AHA/AMA 2020 SMBP statement).
const NOW = local(2026, 3, 20, 22, 0);
const at = (times: number[]) => times.map((time) => ({ time }));

describe('sliceByTime (from <= time <= to, by binary search)', () => {
  const xs = at([10, 20, 20, 30, 40, 50]);
  it.each([
    ['both ends inclusive', 20, 40, [20, 20, 30, 40]],
    ['from between two readings', 21, 40, [30, 40]],
    ['to between two readings', 10, 35, [10, 20, 20, 30]],
    ['a single instant', 30, 30, [30]],
    ['before everything', 0, 5, []],
    ['after everything', 60, 70, []],
    ['the whole range', 0, 100, [10, 20, 20, 30, 40, 50]],
    ['from after to', 40, 20, []],
  ])('%s', (_name, from, to, expected) => {
    expect(sliceByTime(xs, from, to).map((x) => x.time)).toEqual(expected);
  });

  it('an empty list gives an empty slice', () => {
    expect(sliceByTime([], 0, 100)).toEqual([]);
  });
});

describe('homeAverage edges', () => {
  // Today (20 Mar) has a reading, so every window ends now.
  const today = reading(local(2026, 3, 20, 7), 130, 80);
  const from = homeAverage([today], 7, NOW, TZ).from; // local midnight, 14 Mar

  it.each([
    ['the 7-day protocol drops a reading at its start (day 1)', 7, 1, 1],
    ['a rolling 14-day window counts a reading at its start', 14, 2, 0],
  ] as const)('%s', (_name, days, count, dropped) => {
    const start = homeAverage([today], days, NOW, TZ).from;
    const readings = [reading(start - 1, 200, 120), reading(start, 150, 95), today];
    expect(homeAverage(readings, days, NOW, TZ)).toMatchObject({
      count,
      droppedFirstDay: dropped,
    });
  });

  it('a reading after now is not in the window', () => {
    const later = reading(NOW + 1, 200, 120);
    expect(homeAverage([today, later], 7, NOW, TZ)).toMatchObject({ count: 1, systolic: 130 });
  });

  it('a reading at now is in the window', () => {
    const last = reading(NOW, 140, 90);
    expect(homeAverage([today, last], 7, NOW, TZ)).toMatchObject({ count: 2, systolic: 135 });
  });

  it.each([
    ['local midnight of day 2 is no longer day 1', local(2026, 3, 15, 0, 0), 2, 0],
    ['23:59 local of day 1 is still day 1', local(2026, 3, 14, 23, 59), 1, 1],
  ])('the first-day cut: %s', (_name, t, count, dropped) => {
    expect(localDayKey(from, TZ)).toBe('2026-03-14');
    expect(homeAverage([reading(t, 140, 90), today], 7, NOW, TZ)).toMatchObject({
      count,
      droppedFirstDay: dropped,
    });
  });

  it('the mean is of systolic and of diastolic values separately, unrounded', () => {
    const readings = [
      reading(local(2026, 3, 14, 7), 100, 60), // day 1: dropped
      reading(local(2026, 3, 19, 7), 131, 81),
      reading(local(2026, 3, 20, 21), 134, 86),
    ];
    expect(homeAverage(readings, 7, NOW, TZ)).toMatchObject({
      systolic: 132.5,
      diastolic: 83.5,
      count: 2,
      morning: 1,
      evening: 1,
    });
  });

  it('no counted reading: no mean at all (not 0, not NaN)', () => {
    // No reading today: the period is 13–19 Mar, and the only reading is on its first day.
    const avg = homeAverage([reading(local(2026, 3, 13, 7), 130, 80)], 7, NOW, TZ);
    expect(avg).not.toHaveProperty('systolic');
    expect(avg).not.toHaveProperty('diastolic');
    expect(avg).toMatchObject({ count: 0, sufficient: false, days: 7 });
  });

  it('evening readings alone are not enough: the protocol needs morning ones too', () => {
    const evenings = [18, 19, 20].map((d) => reading(local(2026, 3, d, 21), 130, 80));
    expect(homeAverage(evenings, 7, NOW, TZ, 2)).toMatchObject({
      count: 3,
      morning: 0,
      sufficient: false,
    });
  });

  it.each([
    ['2 counted with a minimum of 2 is enough', 2, true],
    ['2 counted with a minimum of 3 is not', 3, false],
  ])('the minimum count is configurable: %s', (_name, minCount, sufficient) => {
    const readings = [
      reading(local(2026, 3, 14, 7), 130, 80), // day 1: dropped
      reading(local(2026, 3, 19, 7), 130, 80),
      reading(local(2026, 3, 20, 21), 130, 80),
    ];
    expect(homeAverage(readings, 7, NOW, TZ, minCount).sufficient).toBe(sufficient);
  });
});

describe('shareAtGoal edges', () => {
  const t = { systolic: 130, diastolic: 80 };
  it('office readings and home averages are not home single readings', () => {
    const readings = [
      reading(local(2026, 3, 19, 7), 120, 70),
      reading(local(2026, 3, 19, 8), 150, 95, { setting: 'office' }),
      reading(local(2026, 3, 19, 9), 150, 95, { kind: 'average' }),
    ];
    expect(shareAtGoal(readings, t, 0, NOW)).toEqual({ share: 1, atGoal: 1, count: 1 });
  });

  it('only readings in [from, to] count', () => {
    const a = reading(local(2026, 3, 18, 7), 150, 95);
    const b = reading(local(2026, 3, 19, 7), 120, 70);
    const c = reading(local(2026, 3, 20, 7), 150, 95);
    expect(shareAtGoal([a, b, c], t, b.time, b.time)).toEqual({ share: 1, atGoal: 1, count: 1 });
  });

  it('only office readings: undefined, not a share of 0', () => {
    const office = reading(local(2026, 3, 19, 8), 120, 70, { setting: 'office' });
    expect(shareAtGoal([office], t, 0, NOW)).toBeUndefined();
  });
});
