import { describe, expect, it } from 'vitest';
import { homeAverage, shareAtGoal } from './bp-average';
import { TZ, local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { localDayKey, startOfLocalDay } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const byTime = (rs: ReturnType<typeof reading>[]) => [...rs].sort((a, b) => a.time - b.time);

describe('the 7-day protocol average (AHA/AMA 2020 SMBP; ACC/AHA 2017 Table 10)', () => {
  it.each([
    // [name, readings, count, dropped]
    [
      'the first day of the period is dropped (14 Mar, 150/95), days 2–7 counted',
      [...twiceDaily([2026, 3, 14], 1, 150, 95), ...twiceDaily([2026, 3, 20], 6, 130, 80)],
      12,
      2,
    ],
    [
      'a patient who started on day 3 loses nothing: the period, not their first day, starts it',
      twiceDaily([2026, 3, 20], 5, 130, 80),
      10,
      0,
    ],
  ])('%s', (_name, readings, count, dropped) => {
    expect(homeAverage(readings, 7, NOW, TZ)).toMatchObject({ count, droppedFirstDay: dropped });
  });

  it('averages days 2–7 only', () => {
    const readings = [
      ...twiceDaily([2026, 3, 14], 1, 150, 95),
      ...twiceDaily([2026, 3, 20], 6, 130, 80),
    ];
    expect(homeAverage(readings, 7, NOW, TZ)).toMatchObject({
      systolic: 130,
      diastolic: 80,
      morning: 6,
      evening: 6,
      sufficient: true,
    });
  });

  it.each([
    ['11 counted readings are not enough', 13, 11, false],
    ['12 counted readings are', 14, 12, true],
  ])('%s', (_name, keep, count, sufficient) => {
    const readings = twiceDaily([2026, 3, 20], 7, 130, 80).slice(0, keep);
    expect(homeAverage(readings, 7, NOW, TZ)).toMatchObject({ count, sufficient });
  });

  it('needs both morning and evening readings', () => {
    const mornings = twiceDaily([2026, 3, 20], 14, 130, 80).filter((_, i) => i % 2 === 0);
    expect(homeAverage(mornings, 14, NOW, TZ)).toMatchObject({
      count: 14,
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
    const r = reading(local(2026, 3, 20, h, min), 130, 80);
    expect(homeAverage([r], 7, NOW, TZ)).toMatchObject({ count: 1, ...expected });
  });

  it('a date-only home reading has no session: it never counts in the protocol average', () => {
    const readings = byTime([
      ...twiceDaily([2026, 3, 20], 7, 130, 80),
      reading(Date.UTC(2026, 2, 19, 12), 170, 100, { datePrecision: 'day' }),
    ]);
    expect(homeAverage(readings, 7, NOW, TZ)).toMatchObject({ count: 12, systolic: 130 });
  });

  it('ignores office readings and averages', () => {
    const readings = byTime([
      ...twiceDaily([2026, 3, 20], 7, 130, 80),
      reading(local(2026, 3, 18, 10), 180, 110, { setting: 'office' }),
      reading(local(2026, 3, 18, 11), 180, 110, { kind: 'average' }),
    ]);
    expect(homeAverage(readings, 7, NOW, TZ)).toMatchObject({ count: 12, systolic: 130 });
  });
});

describe('which days a window holds: today only once it has a reading', () => {
  // Morning clinic: the patient measured every morning and evening until yesterday.
  const week = twiceDaily([2026, 3, 19], 7, 130, 80);
  it.each([
    [
      'at 08:00 before today’s reading: yesterday and the 6 days before, full protocol',
      week,
      local(2026, 3, 20, 8),
      { endsYesterday: true, count: 12, sufficient: true, first: '2026-03-13' },
    ],
    [
      'once today has a reading: today and the 6 days before',
      byTime([...week, reading(local(2026, 3, 20, 7, 30), 130, 80)]),
      local(2026, 3, 20, 8),
      { endsYesterday: false, count: 11, sufficient: false, first: '2026-03-14' },
    ],
  ])('%s', (_name, readings, now, want) => {
    const avg = homeAverage(readings, 7, now, TZ);
    expect(avg).toMatchObject({
      endsYesterday: want.endsYesterday,
      count: want.count,
      sufficient: want.sufficient,
    });
    expect(localDayKey(avg.from, TZ)).toBe(want.first);
  });

  it('a window ending yesterday ends at its last instant', () => {
    const avg = homeAverage(week, 7, local(2026, 3, 20, 8), TZ);
    expect(avg.to).toBe(startOfLocalDay(local(2026, 3, 20, 8), TZ) - 1);
  });

  it.each([7, 14, 30] as const)('the %s-day window starts at local midnight, days back', (days) => {
    const avg = homeAverage([reading(local(2026, 3, 20, 7), 130, 80)], days, NOW, TZ);
    expect(avg.from).toBe(startOfLocalDay(local(2026, 3, 20 - (days - 1), 12), TZ));
  });
});

describe('rolling 14- and 30-day averages', () => {
  it.each([14, 30] as const)('%s days: every reading counts, no first day dropped', (days) => {
    const readings = twiceDaily([2026, 3, 20], days, 130, 80);
    expect(homeAverage(readings, days, NOW, TZ)).toMatchObject({
      count: days * 2,
      droppedFirstDay: 0,
      sufficient: true,
    });
  });

  it('keeps a reading at 23:30 local on its own local day, and in the window', () => {
    const late = local(2026, 3, 14, 23, 30);
    expect(localDayKey(late, TZ)).toBe('2026-03-14'); // 03:30 UTC on the 15th
    const avg = homeAverage([reading(late, 140, 90), reading(NOW - 1, 130, 80)], 7, NOW, TZ);
    expect(avg.from).toBeLessThanOrEqual(late);
    expect(avg.droppedFirstDay).toBe(1);
  });

  it('counts local days across the DST change (8 March 2026 in New York)', () => {
    const now = local(2026, 3, 10, 12);
    const avg = homeAverage([reading(now - 1, 130, 80)], 14, now, TZ);
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
    const goal = { systolic: 135, diastolic: 85 };
    expect(shareAtGoal(readings, goal, 0, NOW)).toEqual({ share: 2 / 3, atGoal: 2, count: 3 });
    expect(shareAtGoal([], goal, 0, NOW)).toBeUndefined();
  });
});
