import { describe, expect, it } from 'vitest';
import { DAY } from '../clinical/time';
import { timeTicks } from './time-ticks';

const TZ = 'America/New_York';
const NOW = Date.UTC(2026, 11, 1, 12);
const labels = (from: number, to: number) => {
  const t = timeTicks({ from, to }, TZ, NOW);
  return t.values.map(t.format);
};

describe('timeTicks', () => {
  it.each([
    ['30 days this year: days without a year', NOW - 30 * DAY, NOW, /^\d{1,2} (Nov|Dec)$/],
    [
      '30 days in an earlier year: days with the year',
      Date.UTC(2021, 0, 1),
      Date.UTC(2021, 0, 31),
      /^\d{1,2} Jan 2021$/,
    ],
    ['1 year: months with the year', NOW - 365 * DAY, NOW, /^[A-Z][a-z]{2,3} 20(25|26)$/],
    ['12 years: years only', Date.UTC(2014, 5, 1), NOW, /^20\d\d$/],
  ])('%s', (_name, from, to, pattern) => {
    const ls = labels(from, to);
    expect(ls.length).toBeGreaterThan(1);
    for (const l of ls) expect(l).toMatch(pattern);
  });

  it('a multi-year axis puts its ticks at even places (1 January of every 5th year), at most 6', () => {
    expect(labels(Date.UTC(2014, 5, 1), NOW)).toEqual(['2015', '2020', '2025']);
    expect(labels(Date.UTC(2021, 0, 4), NOW)).toEqual(['2022', '2023', '2024', '2025', '2026']);
  });

  it('a one-year axis ticks at quarter starts', () => {
    expect(labels(Date.UTC(2025, 11, 1), NOW)).toEqual([
      'Jan 2026',
      'Apr 2026',
      'Jul 2026',
      'Oct 2026',
    ]);
  });
});
