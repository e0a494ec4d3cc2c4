import { describe, expect, it } from 'vitest';
import { homeAverage, shareAtGoal, sliceByTime } from './bp-average';
import { homeThreshold } from './bp-category';
import { TZ, local, reading } from '../../mocks/test-data/bp-readings';

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
  it('a reading at the window start counts; one just before it does not', () => {
    const from = homeAverage([], 7, NOW, TZ).from;
    const before = reading(from - 1, 200, 120);
    const first = reading(from, 150, 95); // day 1 of the window: dropped
    expect(homeAverage([before, first], 7, NOW, TZ)).toMatchObject({
      count: 0,
      droppedFirstDay: 1,
    });
  });

  it('a reading after now is not in the window', () => {
    const first = reading(local(2026, 3, 18, 7), 130, 80);
    const later = reading(NOW + 1, 200, 120);
    expect(homeAverage([first, later], 7, NOW, TZ)).toMatchObject({ droppedFirstDay: 1, count: 0 });
  });

  it('a reading at now is in the window', () => {
    const first = reading(local(2026, 3, 18, 7), 130, 80);
    const last = reading(NOW, 140, 90);
    expect(homeAverage([first, last], 7, NOW, TZ)).toMatchObject({ count: 1, systolic: 140 });
  });

  it.each([
    ['local midnight of day 2 is no longer day 1', local(2026, 3, 19, 0, 0), 1, 1],
    ['23:59 local of day 1 is still day 1', local(2026, 3, 18, 23, 59), 0, 2],
  ])('the first-day cut: %s', (_name, second, count, dropped) => {
    const first = reading(local(2026, 3, 18, 7), 130, 80);
    expect(homeAverage([first, reading(second, 140, 90)], 7, NOW, TZ)).toMatchObject({
      count,
      droppedFirstDay: dropped,
    });
  });

  it('the mean is of systolic and of diastolic values separately, unrounded', () => {
    const readings = [
      reading(local(2026, 3, 18, 7), 100, 60), // day 1: dropped
      reading(local(2026, 3, 19, 7), 131, 81),
      reading(local(2026, 3, 19, 21), 134, 86),
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
    const avg = homeAverage([reading(local(2026, 3, 19, 7), 130, 80)], 7, NOW, TZ);
    expect(avg).not.toHaveProperty('systolic');
    expect(avg).not.toHaveProperty('diastolic');
    expect(avg).toMatchObject({ count: 0, sufficient: false, days: 7, to: NOW });
  });

  it('evening readings alone are not enough: the protocol needs morning ones too', () => {
    const evenings = [18, 19, 20].map((d) => reading(local(2026, 3, d, 21), 130, 80));
    expect(homeAverage(evenings, 7, NOW, TZ, 2)).toMatchObject({
      count: 2,
      morning: 0,
      sufficient: false,
    });
  });

  it.each([
    ['2 counted with a minimum of 2 is enough', 2, true],
    ['2 counted with a minimum of 3 is not', 3, false],
  ])('the minimum count is configurable: %s', (_name, minCount, sufficient) => {
    const readings = [
      reading(local(2026, 3, 18, 7), 130, 80),
      reading(local(2026, 3, 19, 7), 130, 80),
      reading(local(2026, 3, 19, 21), 130, 80),
    ];
    expect(homeAverage(readings, 7, NOW, TZ, minCount).sufficient).toBe(sufficient);
  });
});

describe('shareAtGoal edges', () => {
  const t = homeThreshold('130/80').home;
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
