/**
 * The blood-pressure goal, where it comes from, and its home equivalent.
 *
 * - Default: the 2025 AHA/ACC/multisociety Guideline for the Prevention, Detection, Evaluation and
 *   Management of High Blood Pressure in Adults (Jones DW et al., Hypertension 2025), like the 2017
 *   guideline before it, recommends a treatment goal of <130/80 mmHg for most adults.
 * - Home equivalents: 2017 ACC/AHA guideline Table 11 ("Corresponding values of SBP/DBP for clinic,
 *   HBPM, daytime, nighttime and 24-hour ABPM measurements"), carried into the 2025 guideline:
 *   office 120/80 ≈ home 120/80; 130/80 ≈ 130/80; 140/90 ≈ 135/85; 160/100 ≈ 145/90.
 *   An office goal between the table's rows gets a home value interpolated linearly between them (and
 *   says so); outside the table the nearest row's offset is kept.
 * - Sources, first that exists: the patient's own goal (FHIR Goal, read in src/fhir/goal.ts), the
 *   practice's configured goal, the guideline default. The source is always shown.
 */
import type { Threshold } from './bp-category';

export type GoalSource = 'patient' | 'practice' | 'guideline';

export interface BpGoal {
  /** Office (clinic) goal: at goal means both values below it. */
  office: Threshold;
  /** Home goal: the office goal's corresponding home value (Table 11). */
  home: Threshold;
  /** The home value came from interpolating between Table 11 rows. */
  homeInterpolated: boolean;
  source: GoalSource;
  /** "Patient's goal, set 3 Mar 2025" / "Practice goal" / "2025 AHA/ACC guideline". */
  sourceText: string;
  /** The Goal resource it came from (`Goal/<id>`), for a patient goal. */
  goalId?: string;
}

/** ACC/AHA 2017 Table 11, kept in the 2025 guideline: [office, home], ascending. */
export const OFFICE_HOME_TABLE: readonly (readonly [office: Threshold, home: Threshold])[] = [
  [
    { systolic: 120, diastolic: 80 },
    { systolic: 120, diastolic: 80 },
  ],
  [
    { systolic: 130, diastolic: 80 },
    { systolic: 130, diastolic: 80 },
  ],
  [
    { systolic: 140, diastolic: 90 },
    { systolic: 135, diastolic: 85 },
  ],
  [
    { systolic: 160, diastolic: 100 },
    { systolic: 145, diastolic: 90 },
  ],
];

export const GUIDELINE_GOAL: Threshold = { systolic: 130, diastolic: 80 };
export const GUIDELINE_TEXT = '2025 AHA/ACC guideline';

/** Piecewise-linear on one component; outside the table the nearest row's difference is kept. */
function component(value: number, pick: (t: Threshold) => number): number {
  // Several rows share a diastolic (80 at 120 and 130): the first and last rows of a run bound it.
  const rows = OFFICE_HOME_TABLE.map(([o, h]) => [pick(o), pick(h)] as const);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return value;
  if (value <= first[0]) return value - (first[0] - first[1]);
  if (value >= last[0]) return value - (last[0] - last[1]);
  for (let i = 1; i < rows.length; i++) {
    const lo = rows[i - 1];
    const hi = rows[i];
    if (!lo || !hi || value > hi[0]) continue;
    if (hi[0] === lo[0]) return hi[1];
    return Math.round(lo[1] + ((value - lo[0]) * (hi[1] - lo[1])) / (hi[0] - lo[0]));
  }
  return value;
}

/** The home value corresponding to an office goal (Table 11), and whether it was interpolated. */
export function homeEquivalent(office: Threshold): { home: Threshold; interpolated: boolean } {
  const row = OFFICE_HOME_TABLE.find(
    ([o]) => o.systolic === office.systolic && o.diastolic === office.diastolic,
  );
  if (row) return { home: { ...row[1] }, interpolated: false };
  return {
    home: {
      systolic: component(office.systolic, (t) => t.systolic),
      diastolic: component(office.diastolic, (t) => t.diastolic),
    },
    interpolated: true,
  };
}

export interface PatientGoal {
  office: Threshold;
  goalId: string;
  /** When it was set (Goal.startDate / statusDate), as the text to show. */
  setText?: string;
}

/** The goal to judge against: the patient's, else the practice's, else the guideline's. */
export function resolveGoal(input: { patient?: PatientGoal; practice?: Threshold }): BpGoal {
  const make = (office: Threshold, source: GoalSource, sourceText: string, goalId?: string) => {
    const { home, interpolated } = homeEquivalent(office);
    return {
      office: { ...office },
      home,
      homeInterpolated: interpolated,
      source,
      sourceText,
      ...(goalId ? { goalId } : {}),
    };
  };
  if (input.patient) {
    const p = input.patient;
    const text = p.setText ? `Patient's goal, set ${p.setText}` : "Patient's goal";
    return make(p.office, 'patient', text, p.goalId);
  }
  if (input.practice) return make(input.practice, 'practice', 'Practice goal');
  return make(GUIDELINE_GOAL, 'guideline', GUIDELINE_TEXT);
}

/** "130/80". */
export const goalText = (t: Threshold) => `${t.systolic}/${t.diastolic}`;
