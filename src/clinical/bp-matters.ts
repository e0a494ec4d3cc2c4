/**
 * "Readings that matter", newest first: severe readings, low readings, a sustained above-target home
 * average, and office/home disagreement, each with advice for its audience (bp-advice.ts).
 */
import type { BpReading } from '../fhir/bp-types';
import type { DatePrecision } from '../fhir/fhir-date';
import type { HomeAverage } from './bp-average';
import { belowThreshold, isLow, isSevere, type Threshold } from './bp-category';
import { adviceFor, type AdviceContext } from './bp-advice';
import { patternText, type OfficeHomeComparison } from './bp-compare';

export type MatterKind = 'severe' | 'low' | 'sustained-high' | 'pattern';

export interface ReadingThatMatters {
  kind: MatterKind;
  /** Stable key for lists; the reading id when it is about one reading. */
  key: string;
  readingId?: string;
  time: number;
  /** The reading's date precision (readings only): a date-only reading is shown without a time. */
  datePrecision?: DatePrecision;
  systolic: number;
  diastolic: number;
  title: string;
  /** Worded for the audience; absent when nothing should be advised (e.g. the patient has died). */
  advice?: string;
}

export function readingsThatMatter(
  readings: readonly BpReading[],
  options: {
    homeAverage?: HomeAverage;
    threshold: Threshold;
    comparison?: OfficeHomeComparison;
    advice: AdviceContext;
  },
): ReadingThatMatters[] {
  const out: ReadingThatMatters[] = [];
  const advised = (kind: MatterKind, time: number) => {
    const advice = adviceFor(kind, time, options.advice);
    return advice === undefined ? {} : { advice };
  };
  for (const r of readings) {
    if (r.kind !== 'single') continue;
    const base = {
      key: r.id,
      readingId: r.id,
      time: r.time,
      datePrecision: r.datePrecision,
      systolic: r.systolic,
      diastolic: r.diastolic,
    };
    if (isSevere(r.systolic, r.diastolic)) {
      out.push({
        ...base,
        kind: 'severe',
        title: 'Severe reading (above 180/120)',
        ...advised('severe', r.time),
      });
    } else if (isLow(r.systolic, r.diastolic)) {
      out.push({
        ...base,
        kind: 'low',
        title: 'Low reading (below 90/60)',
        ...advised('low', r.time),
      });
    }
  }
  const avg = options.homeAverage;
  if (
    avg?.sufficient &&
    avg.systolic !== undefined &&
    avg.diastolic !== undefined &&
    !belowThreshold(avg.systolic, avg.diastolic, options.threshold)
  ) {
    out.push({
      kind: 'sustained-high',
      key: `average-${avg.days}`,
      time: avg.to,
      systolic: avg.systolic,
      diastolic: avg.diastolic,
      title: `Home average over ${avg.days} days above goal (${options.threshold.systolic}/${options.threshold.diastolic})`,
      ...advised('sustained-high', avg.to),
    });
  }
  const c = options.comparison;
  if (c && (c.pattern === 'white-coat' || c.pattern === 'masked')) {
    out.push({
      kind: 'pattern',
      key: `pattern-${c.pattern}`,
      time: c.home.to,
      systolic: c.office.systolic,
      diastolic: c.office.diastolic,
      title: patternText(c.pattern),
      ...advised('pattern', c.home.to),
    });
  }
  return out.sort((a, b) => b.time - a.time);
}
