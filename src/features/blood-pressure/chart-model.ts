/**
 * Readings -> the plain series the chart draws (DESIGN: charts take plain series, never FHIR). Each
 * setting is a series of points when short, or of min/mean/max bands when long, so the number of chart
 * elements stays bounded whatever the history length.
 */
import { sliceByTime } from '../../clinical/bp-average';
import { isLow, isSevere, LOW_BP, type Threshold } from '../../clinical/bp-category';
import { planSeries, type BucketUnit } from '../../clinical/bp-downsample';
import type { TimeDomain } from '../../components/chart-layout';
import type { BpReading, BpSetting } from '../../fhir/bp-types';
import type { DatePrecision } from '../../fhir/fhir-date';

export interface PointRow {
  t: number;
  datePrecision: DatePrecision;
  systolic: number;
  diastolic: number;
  id: string;
  setting: BpSetting;
  kind: BpReading['kind'];
}

export interface BandRow {
  t: number;
  from: number;
  to: number;
  count: number;
  sysRange: [number, number];
  sysMean: number;
  diaRange: [number, number];
  diaMean: number;
}

export type SeriesModel =
  | { setting: BpSetting; kind: 'points'; rows: PointRow[] }
  | { setting: BpSetting; kind: 'bands'; unit: BucketUnit; rows: BandRow[] };

export interface ChartModel {
  domain: TimeDomain;
  series: SeriesModel[];
  severe: PointRow[];
  /** Low readings (below 90/60), marked apart from normal ones; `y` is the value that is low. */
  low: (PointRow & { y: number })[];
  goal: Threshold;
  yDomain: [number, number];
  /** Readings in the domain, and the number of rows actually drawn (points or bands). */
  readings: number;
  drawn: number;
}

/** Severe (and low) markers drawn at most (a history with thousands of them needs the table, not more dots). */
const MAX_SEVERE_MARKS = 300;
const SETTINGS: readonly BpSetting[] = ['home', 'office', 'unknown'];

export const toPoint = (r: BpReading): PointRow => ({
  t: r.time,
  datePrecision: r.datePrecision,
  systolic: r.systolic,
  diastolic: r.diastolic,
  id: r.id,
  setting: r.setting,
  kind: r.kind,
});

/**
 * `series`, when given, is what the lines draw (per-day or morning/evening means, clinical/bp-daily);
 * severe and low readings are always marked from the readings themselves, so a mean never hides one.
 */
export function buildChartModel(
  sorted: readonly BpReading[],
  domain: TimeDomain,
  timeZone: string,
  goal: Threshold,
  series: readonly BpReading[] = sorted,
): ChartModel {
  const shown = sliceByTime(sorted, domain.from, domain.to);
  const plotted = series === sorted ? shown : sliceByTime(series, domain.from, domain.to);
  const span = domain.to - domain.from;
  const lines: SeriesModel[] = [];
  let drawn = 0;
  let maxSys = 0;
  let minDia = Infinity;
  for (const setting of SETTINGS) {
    const of = plotted.filter((r) => r.setting === setting);
    if (of.length === 0) continue;
    const plan = planSeries(of, span, timeZone);
    if (plan.kind === 'points') {
      lines.push({ setting, kind: 'points', rows: plan.readings.map(toPoint) });
      for (const r of plan.readings) {
        maxSys = Math.max(maxSys, r.systolic);
        minDia = Math.min(minDia, r.diastolic);
      }
    } else {
      const rows = plan.bands.map((b) => ({
        t: b.t,
        from: b.from,
        to: b.to,
        count: b.count,
        sysRange: [b.systolic.min, b.systolic.max] as [number, number],
        sysMean: b.systolic.mean,
        diaRange: [b.diastolic.min, b.diastolic.max] as [number, number],
        diaMean: b.diastolic.mean,
      }));
      lines.push({ setting, kind: 'bands', unit: plan.unit, rows });
      for (const b of plan.bands) {
        maxSys = Math.max(maxSys, b.systolic.max);
        minDia = Math.min(minDia, b.diastolic.min);
      }
    }
    drawn += lines.at(-1)?.rows.length ?? 0;
  }
  const severe = shown
    .filter((r) => isSevere(r.systolic, r.diastolic))
    .slice(-MAX_SEVERE_MARKS)
    .map(toPoint);
  const low = shown
    .filter((r) => isLow(r.systolic, r.diastolic))
    .slice(-MAX_SEVERE_MARKS)
    .map((r) => ({
      ...toPoint(r),
      y: Math.round(r.systolic) < LOW_BP.systolic ? r.systolic : r.diastolic,
    }));
  const top = Math.max(200, Math.ceil((maxSys + 10) / 20) * 20);
  const bottom = Math.min(40, Math.floor((minDia - 10) / 20) * 20);
  return {
    domain,
    series: lines,
    severe,
    low,
    goal,
    yDomain: [bottom, top],
    readings: shown.length,
    drawn,
  };
}
