import { describe, expect, it } from 'vitest';
import { reading } from '../../../mocks/test-data/bp-readings';
import { DAY } from '../../clinical/time';
import { DEFAULT_RANGES, domainFor, noReadingsIn, widenedText } from './view-model';

const NOW = Date.UTC(2026, 11, 1, 12);

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
    ['a fixed range ends now', '90d', [], { from: NOW - 90 * DAY, to: NOW }],
    ['all without readings shows a year', 'all', [], { from: NOW - 365 * DAY, to: NOW }],
  ] as const)('domainFor: %s', (_name, range, readings, expected) => {
    expect(domainFor(range, NOW, readings)).toEqual(expected);
  });

  it('domainFor all starts a little before the first reading (2% of the span)', () => {
    const first = NOW - 1000 * DAY;
    const d = domainFor('all', NOW, [reading(first, 130, 80)]);
    expect(d).toEqual({ from: first - 20 * DAY, to: NOW });
  });
});
