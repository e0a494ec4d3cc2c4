import { describe, expect, it } from 'vitest';
import { DAY } from '../clinical/time';
import { timeTicks } from './time-ticks';

const TZ = 'America/New_York';
const NOW = Date.UTC(2026, 11, 1, 12);
const labels = (from: number, to: number) => {
  const t = timeTicks({ from, to }, TZ, NOW);
  return t.values.map(t.format);
};

describe('timeTicks: calendar boundaries, the year on every span', () => {
  it.each([
    // 30 days to 1 Dec 2026 (a Tuesday): Mondays, the year on the first.
    [
      '30 days: Mondays',
      NOW - 30 * DAY,
      NOW,
      ['2 Nov 2026', '9 Nov', '16 Nov', '23 Nov', '30 Nov'],
    ],
    [
      '30 days across New Year: the year again on the first tick of the new year',
      Date.UTC(2025, 11, 10, 12),
      Date.UTC(2026, 0, 9, 12),
      ['15 Dec 2025', '22 Dec', '29 Dec', '5 Jan 2026'],
    ],
    [
      '90 days: the 1st and 15th of each month',
      NOW - 90 * DAY,
      NOW,
      ['15 Sept 2026', '1 Oct', '15 Oct', '1 Nov', '15 Nov', '1 Dec'],
    ],
    [
      '1 year: every other month start, the year at the first',
      NOW - 365 * DAY,
      NOW,
      ['Jan 2026', 'Mar', 'May', 'Jul', 'Sept', 'Nov'],
    ],
    [
      '2 years: quarter starts across two New Years',
      NOW - 730 * DAY,
      NOW,
      ['Jan 2025', 'Jul', 'Jan 2026', 'Jul'],
    ],
    ['12 years: 1 January every 5 years', Date.UTC(2014, 5, 1), NOW, ['2015', '2020', '2025']],
    ['5 years: every year', Date.UTC(2021, 0, 4), NOW, ['2022', '2023', '2024', '2025', '2026']],
  ])('%s', (_name, from, to, expected) => {
    expect(labels(from, to)).toEqual(expected);
  });

  it.each([
    ['30 days', 30],
    ['90 days', 90],
    ['1 year', 365],
    ['All, 2 years', 730],
    ['All, 12 years', 12 * 365],
  ])('%s: the first tick carries its year', (_name, days) => {
    expect(labels(NOW - days * DAY, NOW)[0]).toMatch(/\b20\d\d$/);
  });

  it('day ticks are local midnights', () => {
    const t = timeTicks({ from: NOW - 30 * DAY, to: NOW }, TZ, NOW);
    // 2 Nov 2026 00:00 in New York (EST after the 1 Nov change) is 05:00 UTC.
    expect(t.values[0]).toBe(Date.UTC(2026, 10, 2, 5));
  });
});
