import { describe, expect, it } from 'vitest';
import { homeAverage, shareAtGoal } from './bp-average';
import { homeThreshold } from './bp-category';
import { TZ, local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { localDayKey, startOfLocalDay } from './time';

const NOW = local(2026, 3, 20, 22, 0);

describe('homeAverage', () => {
  it('drops the first day with readings and averages the rest', () => {
    // 7 days, twice daily: day 1 (150/95) dropped, days 2–7 (130/80) counted.
    const readings = [
      ...twiceDaily([2026, 3, 14], 1, 150, 95),
      ...twiceDaily([2026, 3, 20], 6, 130, 80),
    ];
    const avg = homeAverage(readings, 7, NOW, TZ);
    expect(avg).toMatchObject({
      count: 12,
      droppedFirstDay: 2,
      systolic: 130,
      diastolic: 80,
      morning: 6,
      evening: 6,
      sufficient: true,
    });
  });

  it('needs at least 12 counted readings', () => {
    const eleven = twiceDaily([2026, 3, 20], 7, 130, 80).slice(0, 13); // day 1 (2) dropped -> 11 counted
    expect(homeAverage(eleven, 7, NOW, TZ)).toMatchObject({ count: 11, sufficient: false });
    const twelve = twiceDaily([2026, 3, 20], 7, 130, 80); // 14 - 2 = 12 counted
    expect(homeAverage(twelve, 7, NOW, TZ)).toMatchObject({ count: 12, sufficient: true });
  });

  it('needs both morning and evening readings', () => {
    const mornings = twiceDaily([2026, 3, 20], 14, 130, 80).filter((_, i) => i % 2 === 0);
    expect(homeAverage(mornings, 14, NOW, TZ)).toMatchObject({
      count: 13,
      evening: 0,
      sufficient: false,
    });
  });

  // The protocol's two sessions: morning before local noon, evening from noon (ACC/AHA 2017 Table 10).
  it.each([
    ['11:59 local is morning', 11, 59, { morning: 1, evening: 0 }],
    ['12:00 local is evening', 12, 0, { morning: 0, evening: 1 }],
    ['00:00 local is morning', 0, 0, { morning: 1, evening: 0 }],
  ])('the noon cut: %s', (_name, h, min, expected) => {
    const first = reading(local(2026, 3, 18, 7), 130, 80); // day 1, dropped
    const r = reading(local(2026, 3, 19, h, min), 130, 80);
    expect(homeAverage([first, r], 7, NOW, TZ)).toMatchObject({ count: 1, ...expected });
  });

  it('a date-only home reading has no session: it never counts in the protocol average', () => {
    const readings = [
      ...twiceDaily([2026, 3, 20], 7, 130, 80),
      reading(Date.UTC(2026, 2, 19, 12), 170, 100, { datePrecision: 'day' }),
    ].sort((a, b) => a.time - b.time);
    expect(homeAverage(readings, 7, NOW, TZ)).toMatchObject({ count: 12, systolic: 130 });
  });

  it('ignores office readings and averages', () => {
    const readings = [
      ...twiceDaily([2026, 3, 20], 7, 130, 80),
      reading(local(2026, 3, 18, 10), 180, 110, { setting: 'office' }),
      reading(local(2026, 3, 18, 11), 180, 110, { kind: 'average' }),
    ].sort((a, b) => a.time - b.time);
    expect(homeAverage(readings, 7, NOW, TZ)).toMatchObject({ count: 12, systolic: 130 });
  });

  it.each([7, 14, 30] as const)(
    'the %s-day window starts at local midnight %s days back (today included)',
    (days) => {
      const avg = homeAverage([], days, NOW, TZ);
      expect(avg.from).toBe(startOfLocalDay(local(2026, 3, 20 - (days - 1), 12), TZ));
    },
  );

  it('keeps a reading at 23:30 local on its own local day, and in the window', () => {
    const late = local(2026, 3, 14, 23, 30);
    expect(localDayKey(late, TZ)).toBe('2026-03-14'); // 03:30 UTC on the 15th
    const avg = homeAverage([reading(late, 140, 90)], 7, NOW, TZ);
    expect(avg.from).toBeLessThanOrEqual(late);
    expect(avg.droppedFirstDay).toBe(1);
  });

  it('counts local days across the DST change (8 March 2026 in New York)', () => {
    const avg = homeAverage([], 14, local(2026, 3, 10, 12), TZ);
    expect(localDayKey(avg.from, TZ)).toBe('2026-02-25');
    expect(new Date(avg.from).toISOString()).toBe('2026-02-25T05:00:00.000Z');
  });
});

describe('shareAtGoal', () => {
  it('counts home readings strictly below the threshold', () => {
    const readings = [
      reading(local(2026, 3, 19, 7), 134, 84),
      reading(local(2026, 3, 19, 21), 135, 80),
      reading(local(2026, 3, 20, 7), 120, 70),
    ];
    expect(shareAtGoal(readings, homeThreshold('135/85').home, 0, NOW)).toEqual({
      share: 2 / 3,
      atGoal: 2,
      count: 3,
    });
    expect(shareAtGoal([], homeThreshold('135/85').home, 0, NOW)).toBeUndefined();
  });
});
