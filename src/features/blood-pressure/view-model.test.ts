import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../clinical/time';
import {
  customRangeError,
  DEFAULT_RANGES,
  domainFor,
  earlier,
  localMidnight,
  noReadingsIn,
  sinceFor,
  widenedText,
} from './view-model';

const NOW = Date.UTC(2026, 11, 1, 12);
const TZ = 'America/New_York';

describe('the default window and what it says', () => {
  it('widens from 90 days to 1 year to all, never picks 30 days', () => {
    expect(DEFAULT_RANGES).toEqual(['90d', '1y', 'all']);
  });

  it.each([
    [
      '1 year, nothing in 90 days',
      '1y',
      '90d',
      { from: NOW - 365 * DAY, to: NOW },
      'Showing 1 year: no readings in the last 90 days.',
    ],
    [
      'all of 5 years, nothing in the last year',
      'all',
      '1y',
      { from: NOW - 5 * 365.25 * DAY, to: NOW },
      'Showing all 5 years: no readings in the last year.',
    ],
    [
      'all of about a year',
      'all',
      '1y',
      { from: NOW - 400 * DAY, to: NOW },
      'Showing all readings: no readings in the last year.',
    ],
  ] as const)('%s', (_name, range, narrower, domain, text) => {
    expect(widenedText(range, narrower, domain)).toBe(text);
  });

  it.each([
    ['30d', 'No blood-pressure readings in the last 30 days'],
    ['1y', 'No blood-pressure readings in the last year'],
    ['all', 'No blood-pressure readings'],
  ] as const)('empty %s: "%s"', (range, text) => {
    expect(noReadingsIn(range)).toBe(text);
  });

  it.each([
    ['a fixed range ends now', '90d', undefined, { from: NOW - 90 * DAY, to: NOW }],
    [
      'all without anything on record shows a year',
      'all',
      undefined,
      { from: NOW - 365 * DAY, to: NOW },
    ],
    [
      'all with only this week on record shows a year',
      'all',
      NOW - 6 * DAY,
      { from: NOW - 365 * DAY, to: NOW },
    ],
    // 1,000 days: 2 % is 20 days of room before the first thing on the axis.
    [
      'all starts a little before the earliest (2% of the span)',
      'all',
      NOW - 1000 * DAY,
      { from: NOW - 1020 * DAY, to: NOW },
    ],
    ['all keeps at least a day of room', 'all', NOW - 10 * DAY, { from: NOW - 11 * DAY, to: NOW }],
  ] as const)('domainFor: %s', (_name, range, earliest, expected) => {
    expect(domainFor(range, NOW, earliest, TZ)).toEqual(expected);
  });

  // Issue 11: "All" showed less medication history than "1 year" — it started at the first BP reading
  // (90 days of home readings) while the first medication was two years old.
  it('"All" reaches the first medication when it is older than the first reading', () => {
    const firstReading = NOW - 90 * DAY;
    const firstMedication = NOW - 730 * DAY;
    const all = domainFor('all', NOW, earlier(firstReading, firstMedication), TZ);
    const year = domainFor('1y', NOW, undefined, TZ);
    expect(all.from).toBeLessThan(firstMedication);
    expect(all.from).toBeLessThan(year.from);
  });

  it.each([
    ['both', 1, 2, 1],
    ['only the first', 1, undefined, 1],
    ['only the second', undefined, 2, 2],
    ['neither', undefined, undefined, undefined],
  ] as const)('earlier of %s', (_name, a, b, expected) => {
    expect(earlier(a, b)).toBe(expected);
  });
});

describe('a custom range', () => {
  // 1 Mar 2026 00:00 in New York is 05:00 UTC (EST, UTC-5); 1 Jul 2026 00:00 is 04:00 UTC (EDT).
  it.each([
    ['winter day (EST)', '2026-03-01', Date.UTC(2026, 2, 1, 5)],
    ['summer day (EDT)', '2026-07-01', Date.UTC(2026, 6, 1, 4)],
    ['not a day', '2026-07', undefined],
    ['no such day', '2026-02-30', undefined],
  ] as const)('localMidnight: %s', (_name, day, expected) => {
    expect(localMidnight(day, TZ)).toBe(expected);
  });

  it.each([
    [
      "from the first day's midnight to the end of the last day",
      { from: '2026-03-01', to: '2026-03-31' },
      { from: Date.UTC(2026, 2, 1, 5), to: Date.UTC(2026, 3, 1, 4) },
    ],
    [
      'a range ending today ends now',
      { from: '2026-11-01', to: '2026-12-01' },
      { from: Date.UTC(2026, 10, 1, 4), to: NOW },
    ],
    [
      'one day',
      { from: '2026-06-10', to: '2026-06-10' },
      { from: Date.UTC(2026, 5, 10, 4), to: Date.UTC(2026, 5, 11, 4) },
    ],
  ] as const)('domainFor: %s', (_name, range, expected) => {
    expect(domainFor(range, NOW, undefined, TZ)).toEqual(expected);
  });

  it.each([
    [
      'an old range fetches from its first day',
      { from: '2024-01-15', to: '2024-02-15' },
      '2024-01-15',
    ],
    // The summary needs 90 days of office readings whatever is shown.
    [
      'a recent range still fetches 90 days',
      { from: '2026-11-20', to: '2026-11-30' },
      '2026-09-02',
    ],
  ] as const)('sinceFor: %s', (_name, range, since) => {
    expect(sinceFor(range, NOW, TZ)).toBe(since);
  });

  it('an empty custom range says so in its own words', () => {
    expect(noReadingsIn({ from: '2024-01-01', to: '2024-01-31' })).toBe(
      'No blood-pressure readings in the dates chosen',
    );
  });

  it('a domain is never empty', () => {
    const d = domainFor(
      { from: '2026-12-01', to: '2026-12-01' },
      Date.UTC(2026, 11, 1, 5, 0, 1),
      undefined,
      TZ,
    );
    expect(d.to - d.from).toBeGreaterThanOrEqual(HOUR);
  });
});

describe('customRangeError', () => {
  const TODAY = '2026-12-01';
  it.each([
    ['a range in the past', '2026-03-01', '2026-03-31', undefined],
    ['one day', '2026-03-01', '2026-03-01', undefined],
    ['ending today', '2026-11-01', TODAY, undefined],
    ['a missing first date', '', '2026-03-31', 'Enter both dates.'],
    ['a missing last date', '2026-03-01', '', 'Enter both dates.'],
    ['no such day', '2026-02-30', '2026-03-31', 'Enter each date as day, month and year.'],
    [
      'the first after the last',
      '2026-04-01',
      '2026-03-31',
      'The first date must be on or before the last.',
    ],
    ['ending tomorrow', '2026-11-01', '2026-12-02', 'The dates cannot be in the future.'],
  ] as const)('%s', (_name, from, to, error) => {
    expect(customRangeError(from, to, TODAY)).toBe(error);
  });
});
