/**
 * Long histories are drawn as bands, never as 100,000 points (DESIGN performance budget: no more than
 * ~2,000 points per series; recharts needs ~1.2 s for 10,000). Readings are grouped by local day, week
 * (Monday start) or month, each group giving min/mean/max of systolic and diastolic.
 */
import type { BpReading } from '../fhir/bp-types';
import { DAY, addLocalDays, fromWallClock, startOfLocalDay, wallClock } from './time';

export type BucketUnit = 'day' | 'week' | 'month';

export interface Stat {
  min: number;
  mean: number;
  max: number;
}

export interface BpBand {
  /** Middle of the bucket (where the chart places it). */
  t: number;
  from: number;
  to: number;
  count: number;
  systolic: Stat;
  diastolic: Stat;
}

/** Series this short are drawn point by point (with shapes); longer ones as bands. */
export const RAW_POINT_LIMIT = 800;
/** Most buckets a band series may have: far under the ~2,000 points per series budget. */
export const MAX_BUCKETS = 600;

/** The finest unit that keeps `span` within MAX_BUCKETS buckets. */
export function chooseUnit(spanMs: number): BucketUnit {
  const days = spanMs / DAY;
  if (days <= MAX_BUCKETS) return 'day';
  if (days / 7 <= MAX_BUCKETS) return 'week';
  return 'month';
}

export function bucketStart(t: number, unit: BucketUnit, timeZone: string): number {
  const day = startOfLocalDay(t, timeZone);
  switch (unit) {
    case 'day':
      return day;
    case 'week': {
      const weekday = new Date(wallClock(day, timeZone)).getUTCDay(); // 0 = Sunday
      return addLocalDays(day, -((weekday + 6) % 7), timeZone);
    }
    case 'month': {
      const wall = new Date(wallClock(day, timeZone));
      return fromWallClock(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), 1), timeZone);
    }
  }
}

export function bucketEnd(start: number, unit: BucketUnit, timeZone: string): number {
  switch (unit) {
    case 'day':
      return addLocalDays(start, 1, timeZone);
    case 'week':
      return addLocalDays(start, 7, timeZone);
    case 'month': {
      const wall = new Date(wallClock(start, timeZone));
      return fromWallClock(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 1), timeZone);
    }
  }
}

/** Bands over time-sorted readings: one pass, a few Intl calls per bucket, none per reading. */
export function aggregate(
  sorted: readonly BpReading[],
  unit: BucketUnit,
  timeZone: string,
): BpBand[] {
  const bands: BpBand[] = [];
  let from = 0;
  let to = -Infinity;
  let n = 0;
  let sMin = 0,
    sMax = 0,
    sSum = 0,
    dMin = 0,
    dMax = 0,
    dSum = 0;
  const flush = () => {
    if (n === 0) return;
    bands.push({
      t: from + (to - from) / 2,
      from,
      to,
      count: n,
      systolic: { min: sMin, mean: sSum / n, max: sMax },
      diastolic: { min: dMin, mean: dSum / n, max: dMax },
    });
  };
  for (const r of sorted) {
    if (r.time >= to) {
      flush();
      from = bucketStart(r.time, unit, timeZone);
      to = bucketEnd(from, unit, timeZone);
      n = 0;
      sMin = sMax = sSum = r.systolic;
      dMin = dMax = dSum = r.diastolic;
      n = 1;
      continue;
    }
    n++;
    sSum += r.systolic;
    dSum += r.diastolic;
    if (r.systolic < sMin) sMin = r.systolic;
    if (r.systolic > sMax) sMax = r.systolic;
    if (r.diastolic < dMin) dMin = r.diastolic;
    if (r.diastolic > dMax) dMax = r.diastolic;
  }
  flush();
  return bands;
}

export type SeriesPlan =
  | { kind: 'points'; readings: readonly BpReading[] }
  | { kind: 'bands'; unit: BucketUnit; bands: BpBand[] };

/** Points when few, bands otherwise: whatever the history length, a bounded number of chart elements. */
export function planSeries(
  sorted: readonly BpReading[],
  spanMs: number,
  timeZone: string,
): SeriesPlan {
  if (sorted.length <= RAW_POINT_LIMIT) return { kind: 'points', readings: sorted };
  const unit = chooseUnit(spanMs);
  return { kind: 'bands', unit, bands: aggregate(sorted, unit, timeZone) };
}
