/**
 * Boundaries of the chart's downsampling (DESIGN performance budget): when points become bands, which
 * bucket unit a span gets, where local weeks (Monday start) and months begin and end, across daylight
 * saving and year ends, and every statistic of a band.
 */
import { describe, expect, it } from 'vitest';
import { TZ, local, reading } from '../../mocks/test-data/bp-readings';
import {
  MAX_BUCKETS,
  RAW_POINT_LIMIT,
  aggregate,
  bucketEnd,
  bucketStart,
  chooseUnit,
  planSeries,
} from './bp-downsample';
import { DAY, HOUR, localDayKey } from './time';

describe('chooseUnit at its limits', () => {
  it.each([
    ['exactly MAX_BUCKETS days: days', MAX_BUCKETS * DAY, 'day'],
    ['one ms more: weeks', MAX_BUCKETS * DAY + 1, 'week'],
    ['exactly MAX_BUCKETS weeks: weeks', MAX_BUCKETS * 7 * DAY, 'week'],
    ['one ms more: months', MAX_BUCKETS * 7 * DAY + 1, 'month'],
    ['no span: days', 0, 'day'],
  ] as const)('%s', (_case, span, unit) => {
    expect(chooseUnit(span)).toBe(unit);
  });
});

describe('planSeries: points or bands', () => {
  const series = (n: number) =>
    Array.from({ length: n }, (_, i) => reading(local(2026, 1, 1, 0) + i * HOUR, 120, 80));
  it.each([
    ['RAW_POINT_LIMIT readings: points', RAW_POINT_LIMIT, 'points'],
    ['one more: bands', RAW_POINT_LIMIT + 1, 'bands'],
  ] as const)('%s', (_case, n, kind) => {
    const readings = series(n);
    const plan = planSeries(readings, n * HOUR, TZ);
    expect(plan.kind).toBe(kind);
    if (plan.kind === 'points') expect(plan.readings).toBe(readings);
    else expect(plan).toMatchObject({ unit: 'day' });
  });
});

describe('bucket start and end (local, America/New_York)', () => {
  it.each([
    [
      'a Sunday belongs to the week of the Monday before',
      'week',
      local(2026, 3, 15, 20),
      '2026-03-09',
      '2026-03-16',
    ],
    ['a Monday starts its own week', 'week', local(2026, 3, 16, 0, 30), '2026-03-16', '2026-03-23'],
    [
      'a week across the DST change is 7 local days',
      'week',
      local(2026, 3, 10, 12),
      '2026-03-09',
      '2026-03-16',
    ],
    ['a day across the DST change', 'day', local(2026, 3, 8, 12), '2026-03-08', '2026-03-09'],
    ['a month', 'month', local(2026, 2, 28, 23), '2026-02-01', '2026-03-01'],
    [
      'December ends at the next year',
      'month',
      local(2026, 12, 31, 23, 59),
      '2026-12-01',
      '2027-01-01',
    ],
  ] as const)('%s', (_case, unit, t, start, end) => {
    const from = bucketStart(t, unit, TZ);
    const to = bucketEnd(from, unit, TZ);
    expect([localDayKey(from, TZ), localDayKey(to, TZ)]).toEqual([start, end]);
    expect(localDayKey(from - 1, TZ)).not.toBe(start);
    expect(localDayKey(to - 1, TZ)).not.toBe(end);
  });

  it('the DST day is 23 hours long', () => {
    const from = bucketStart(local(2026, 3, 8, 12), 'day', TZ);
    expect(bucketEnd(from, 'day', TZ) - from).toBe(23 * HOUR);
  });
});

describe('aggregate: every statistic of a band', () => {
  it('min, mean and max of both values, whatever the order; t in the middle of the bucket', () => {
    const [band, ...rest] = aggregate(
      [
        reading(local(2026, 3, 12, 7), 130, 85),
        reading(local(2026, 3, 12, 8), 120, 90),
        reading(local(2026, 3, 12, 9), 150, 70),
        reading(local(2026, 3, 12, 10), 140, 75),
      ],
      'day',
      TZ,
    );
    expect(rest).toEqual([]);
    const from = local(2026, 3, 12, 0);
    const to = local(2026, 3, 13, 0);
    expect(band).toEqual({
      t: from + (to - from) / 2,
      from,
      to,
      count: 4,
      systolic: { min: 120, mean: 135, max: 150 },
      diastolic: { min: 70, mean: 80, max: 90 },
    });
  });

  it('a reading at the exact start of the next bucket opens it', () => {
    const bands = aggregate(
      [reading(local(2026, 3, 12, 23, 59), 130, 80), reading(local(2026, 3, 13, 0), 150, 90)],
      'day',
      TZ,
    );
    expect(bands.map((b) => [b.count, b.systolic.max])).toEqual([
      [1, 130],
      [1, 150],
    ]);
  });

  it('weeks and months gather their readings', () => {
    const rs = [local(2026, 3, 2, 9), local(2026, 3, 8, 9), local(2026, 3, 9, 9)].map((t) =>
      reading(t, 120, 80),
    );
    expect(aggregate(rs, 'week', TZ).map((b) => b.count)).toEqual([2, 1]);
    expect(aggregate(rs, 'month', TZ).map((b) => b.count)).toEqual([3]);
  });

  it('no readings: no bands', () => {
    expect(aggregate([], 'day', TZ)).toEqual([]);
  });
});
