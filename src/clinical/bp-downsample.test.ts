import { describe, expect, it } from 'vitest';
import { aggregate, bucketStart, chooseUnit, planSeries, MAX_BUCKETS } from './bp-downsample';
import { TZ, local, reading } from '../../mocks/test-data/bp-readings';
import { DAY, localDayKey } from './time';

describe('aggregate', () => {
  it('groups by local day with min/mean/max, a 23:30 reading on its own day', () => {
    const bands = aggregate(
      [
        reading(local(2026, 3, 12, 7), 130, 80),
        reading(local(2026, 3, 12, 23, 30), 140, 90),
        reading(local(2026, 3, 13, 0, 30), 150, 100),
      ],
      'day',
      TZ,
    );
    expect(
      bands.map((b) => [
        localDayKey(b.from, TZ),
        b.count,
        b.systolic.min,
        b.systolic.mean,
        b.systolic.max,
      ]),
    ).toEqual([
      ['2026-03-12', 2, 130, 135, 140],
      ['2026-03-13', 1, 150, 150, 150],
    ]);
  });

  it.each([
    ['week', local(2026, 3, 12, 9), '2026-03-09'], // a Thursday -> Monday 9 March
    ['month', local(2026, 3, 12, 9), '2026-03-01'],
    ['day', local(2026, 3, 8, 9), '2026-03-08'], // DST day
  ] as const)('%s bucket of %s starts on %s', (unit, t, day) => {
    const start = bucketStart(t, unit, TZ);
    expect(localDayKey(start, TZ)).toBe(day);
    expect(localDayKey(start - 1, TZ)).not.toBe(day);
  });

  // Speed is measured by `npm run bench`, never asserted here (a timed unit test is a flaky test).
  it('keeps any history under the point budget', () => {
    const start = local(2022, 6, 1, 0);
    const readings = Array.from({ length: 100_000 }, (_, i) =>
      reading(start + i * 20 * 60_000, 130 + (i % 7), 80),
    );
    const span = (readings.at(-1)?.time ?? 0) - start;
    const plan = planSeries(readings, span, TZ);
    expect(plan.kind).toBe('bands');
    if (plan.kind === 'bands') {
      expect(plan.unit).toBe('week');
      expect(plan.bands.length).toBeLessThanOrEqual(MAX_BUCKETS);
      expect(plan.bands.reduce((a, b) => a + b.count, 0)).toBe(100_000);
    }
  });

  it.each([
    [90 * DAY, 'day'],
    [365 * DAY, 'day'],
    [4 * 365 * DAY, 'week'],
    [20 * 365 * DAY, 'month'],
  ] as const)('span %s ms -> %s', (span, unit) => {
    expect(chooseUnit(span)).toBe(unit);
  });
});
