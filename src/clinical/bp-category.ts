/**
 * Reading categories and home thresholds.
 *
 * Office categories: 2017 ACC/AHA Guideline for the Prevention, Detection, Evaluation, and Management
 * of High Blood Pressure in Adults (Whelton et al., Hypertension 2018;71:e13–e115), Table 6, kept
 * unchanged by the 2025 AHA/ACC guideline:
 *   normal <120 and <80; elevated 120–129 and <80; stage 1 130–139 or 80–89; stage 2 ≥140 or ≥90.
 * Severe (hypertensive urgency/emergency range, section 11.2): >180 and/or >120.
 * When systolic and diastolic fall in different categories, the higher one decides.
 * Low: below 90 systolic or below 60 diastolic, the common clinical definition of hypotension (AHA,
 * "Low Blood Pressure – When Blood Pressure Is Too Low", heart.org; NHLBI "Hypotension"). The
 * guideline has no low category; it is added so that a reading of 85/44 is never labelled "Normal".
 * A hypertensive value outranks a low one (150/55 is stage 2: the higher decides), so a reading is
 * low only when neither value reaches the elevated range.
 * A single reading gets a *reading category*, never a diagnosis.
 */
export type BpCategory = 'low' | 'normal' | 'elevated' | 'stage1' | 'stage2' | 'severe';

/** Below either value is low (configurable per call; the default is the common 90/60). */
export interface LowThreshold {
  systolic: number;
  diastolic: number;
}
export const LOW_BP: LowThreshold = { systolic: 90, diastolic: 60 };

const RANK: Record<BpCategory, number> = {
  low: -1,
  normal: 0,
  elevated: 1,
  stage1: 2,
  stage2: 3,
  severe: 4,
};

export function categoryOf(
  systolic: number,
  diastolic: number,
  low: LowThreshold = LOW_BP,
): BpCategory {
  // Compare the values as displayed (whole mmHg): 129.6 reads "130" and is stage 1.
  const s = Math.round(systolic);
  const d = Math.round(diastolic);
  const bySystolic: BpCategory =
    s > 180
      ? 'severe'
      : s >= 140
        ? 'stage2'
        : s >= 130
          ? 'stage1'
          : s >= 120
            ? 'elevated'
            : 'normal';
  const byDiastolic: BpCategory =
    d > 120 ? 'severe' : d >= 90 ? 'stage2' : d >= 80 ? 'stage1' : 'normal';
  const higher = RANK[bySystolic] >= RANK[byDiastolic] ? bySystolic : byDiastolic;
  return higher === 'normal' && (s < low.systolic || d < low.diastolic) ? 'low' : higher;
}

export function categoryLabel(category: BpCategory): string {
  switch (category) {
    case 'low':
      return 'Low';
    case 'normal':
      return 'Normal';
    case 'elevated':
      return 'Elevated';
    case 'stage1':
      return 'Stage 1 range';
    case 'stage2':
      return 'Stage 2 range';
    case 'severe':
      return 'Severe range';
  }
}

/** Severe: >180 systolic and/or >120 diastolic (ACC/AHA 2017, section 11.2). */
export const isSevere = (systolic: number, diastolic: number) =>
  categoryOf(systolic, diastolic) === 'severe';

/**
 * Low: systolic <90 or diastolic <60 (see above), and no value in a hypertensive range; worth a look
 * on treatment (dizziness, falls). The same test as the badge, so list and badge never disagree.
 */
export const isLow = (systolic: number, diastolic: number, low: LowThreshold = LOW_BP) =>
  categoryOf(systolic, diastolic, low) === 'low';

/** A goal threshold: at goal means both values below it (bp-goal.ts has the goals themselves). */
export interface Threshold {
  systolic: number;
  diastolic: number;
}

/** At goal: both values below the threshold (a threshold value itself is "at or above"). */
export const belowThreshold = (systolic: number, diastolic: number, t: Threshold) =>
  Math.round(systolic) < t.systolic && Math.round(diastolic) < t.diastolic;

/** `138/86`: a pair of mmHg values as displayed (whole numbers). */
export const mmHg = (s: number, d: number) => `${Math.round(s)}/${Math.round(d)}`;
