/**
 * "Readings that matter", newest first: severe readings (with the re-measure advice), low readings,
 * a sustained above-target home average, and office/home disagreement.
 */
import type { BpReading } from '../fhir/bp-types';
import type { HomeAverage } from './bp-average';
import { belowThreshold, isLow, isSevere, type Threshold } from './bp-category';
import { patternText, type OfficeHomeComparison } from './bp-compare';

export type MatterKind = 'severe' | 'low' | 'sustained-high' | 'pattern';

export interface ReadingThatMatters {
  kind: MatterKind;
  /** Stable key for lists; the reading id when it is about one reading. */
  key: string;
  readingId?: string;
  time: number;
  systolic: number;
  diastolic: number;
  title: string;
  advice: string;
}

/**
 * ACC/AHA 2017, section 11.2 (hypertensive crises): >180 and/or >120 needs prompt re-measurement and,
 * with symptoms of organ damage, emergency evaluation. Wording follows the AHA's advice to patients.
 */
export const SEVERE_ADVICE =
  'Re-measure after 5 minutes of quiet rest. If still above 180/120, contact the care team today; ' +
  'with chest pain, shortness of breath, back pain, numbness, weakness, or change in vision or speech, call emergency services.';
export const LOW_ADVICE =
  'Ask about dizziness or fainting; consider whether treatment is too strong.';
export const SUSTAINED_ADVICE =
  'Home average above goal: review adherence, technique and treatment.';
export const PATTERN_ADVICE =
  'Office and home disagree: confirm with more home or ambulatory readings.';

export function readingsThatMatter(
  readings: readonly BpReading[],
  options: { homeAverage?: HomeAverage; threshold: Threshold; comparison?: OfficeHomeComparison },
): ReadingThatMatters[] {
  const out: ReadingThatMatters[] = [];
  for (const r of readings) {
    if (r.kind !== 'single') continue;
    const base = {
      key: r.id,
      readingId: r.id,
      time: r.time,
      systolic: r.systolic,
      diastolic: r.diastolic,
    };
    if (isSevere(r.systolic, r.diastolic)) {
      out.push({
        ...base,
        kind: 'severe',
        title: 'Severe reading (above 180/120)',
        advice: SEVERE_ADVICE,
      });
    } else if (isLow(r.systolic, r.diastolic)) {
      out.push({ ...base, kind: 'low', title: 'Low reading (below 90/60)', advice: LOW_ADVICE });
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
      advice: SUSTAINED_ADVICE,
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
      advice: PATTERN_ADVICE,
    });
  }
  return out.sort((a, b) => b.time - a.time);
}
