/** The 30-day remote-monitoring period (CMS CY2026 PFS final rule: device codes per 30 days). */
import { describe, expect, it } from 'vitest';
import { TZ, local } from '../../mocks/test-data/bp-readings';
import { currentRpmPeriod, localDaysBetween } from './rpm-period';

const LA = 'America/Los_Angeles';
const NOW = local(2026, 12, 1, 10);

describe('currentRpmPeriod', () => {
  it.each([
    // name, now, zone, enrolledAt, [start, endExclusive], day, daysLeft
    [
      'enrolled today',
      NOW,
      TZ,
      local(2026, 12, 1, 8),
      [local(2026, 12, 1, 0), local(2026, 12, 31, 0)],
      1,
      30,
    ],
    [
      'enrolled later today than now still day 1',
      local(2026, 12, 1, 0, 5),
      TZ,
      local(2026, 12, 1, 23, 50),
      [local(2026, 12, 1, 0), local(2026, 12, 31, 0)],
      1,
      30,
    ],
    [
      'enrolled yesterday at 23:59: day 2',
      local(2026, 12, 2, 0, 1),
      TZ,
      local(2026, 12, 1, 23, 59),
      [local(2026, 12, 1, 0), local(2026, 12, 31, 0)],
      2,
      29,
    ],
    [
      'day 30: the last day of the period',
      NOW,
      TZ,
      local(2026, 11, 2, 9),
      [local(2026, 11, 2, 0), local(2026, 12, 2, 0)],
      30,
      1,
    ],
    [
      'day 31: a new period starts today',
      NOW,
      TZ,
      local(2026, 11, 1, 9),
      [local(2026, 12, 1, 0), local(2026, 12, 31, 0)],
      1,
      30,
    ],
    [
      'day 61: the third period',
      NOW,
      TZ,
      local(2026, 10, 2, 9),
      [local(2026, 12, 1, 0), local(2026, 12, 31, 0)],
      1,
      30,
    ],
    [
      'day 60: last day of the second period',
      NOW,
      TZ,
      local(2026, 10, 3, 9),
      [local(2026, 11, 2, 0), local(2026, 12, 2, 0)],
      30,
      1,
    ],
    [
      'DST end (1 Nov) inside the period: day 30 still 30 calendar days',
      local(2026, 11, 18, 23, 30),
      TZ,
      local(2026, 10, 20, 0, 10),
      [local(2026, 10, 20, 0), local(2026, 11, 19, 0)],
      30,
      1,
    ],
    [
      'DST end inside the period: the next midnight starts day 1',
      local(2026, 11, 19, 0, 30),
      TZ,
      local(2026, 10, 20, 0, 10),
      [local(2026, 11, 19, 0), local(2026, 12, 19, 0)],
      1,
      30,
    ],
    [
      'DST start (8 Mar) inside the period',
      local(2026, 3, 30, 23, 30),
      TZ,
      local(2026, 3, 1, 0, 30),
      [local(2026, 3, 1, 0), local(2026, 3, 31, 0)],
      30,
      1,
    ],
    [
      'Los Angeles, 23:30 local on day 30 (already day 31 in New York)',
      local(2026, 12, 1, 23, 30, LA),
      LA,
      local(2026, 11, 2, 9, 0, LA),
      [local(2026, 11, 2, 0, 0, LA), local(2026, 12, 2, 0, 0, LA)],
      30,
      1,
    ],
    [
      'Los Angeles, enrolled at 23:30 local: that LA day is day 1',
      local(2026, 11, 3, 8, 0, LA),
      LA,
      local(2026, 11, 2, 23, 30, LA),
      [local(2026, 11, 2, 0, 0, LA), local(2026, 12, 2, 0, 0, LA)],
      2,
      29,
    ],
    [
      'date-only enrolment (noon UTC of 2 Nov) is the 2 Nov local day',
      NOW,
      TZ,
      Date.UTC(2026, 10, 2, 12),
      [local(2026, 11, 2, 0), local(2026, 12, 2, 0)],
      30,
      1,
    ],
  ] as const)('%s', (_name, now, zone, enrolledAt, [start, endExclusive], day, daysLeft) => {
    expect(currentRpmPeriod(now, zone, enrolledAt)).toEqual({
      start,
      end: endExclusive - 1,
      day,
      daysLeft,
      anchored: true,
    });
  });

  it.each([
    ['no enrolment date', undefined],
    ['an enrolment date after now', local(2026, 12, 2, 9)],
  ] as const)('%s: the 30 local days ending today', (_name, enrolledAt) => {
    expect(currentRpmPeriod(NOW, TZ, enrolledAt)).toEqual({
      start: local(2026, 11, 2, 0),
      end: local(2026, 12, 2, 0) - 1,
      day: 30,
      daysLeft: 1,
      anchored: false,
    });
  });

  it('the rolling 30 days across the DST change are 30 calendar days', () => {
    const p = currentRpmPeriod(local(2026, 11, 20, 10), TZ);
    expect(p.start).toBe(local(2026, 10, 22, 0));
    expect(p.end).toBe(local(2026, 11, 21, 0) - 1);
  });

  it.each([
    ['same day', local(2026, 12, 1, 0), local(2026, 12, 1, 23, 59), 0],
    ['midnight apart by a minute', local(2026, 11, 30, 23, 59), local(2026, 12, 1, 0), 1],
    ['across the 25-hour DST day', local(2026, 10, 31, 12), local(2026, 11, 2, 12), 2],
    ['backwards', local(2026, 12, 3, 1), local(2026, 12, 1, 23), -2],
  ] as const)('localDaysBetween: %s', (_name, from, to, days) => {
    expect(localDaysBetween(from, to, TZ)).toBe(days);
  });
});
