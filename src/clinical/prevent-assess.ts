/**
 * The PREVENT result for the record, and what it means against the 2025 stage-1 threshold. Pure.
 *
 * 2025 AHA/ACC/multisociety High Blood Pressure Guideline (Jones DW et al., Hypertension / JACC 2025),
 * top take-home messages 6 and 7: medication with lifestyle changes is recommended at an average BP
 * ≥ 130/80 mmHg for adults with clinical CVD, diabetes, chronic kidney disease, or a PREVENT 10-year
 * total CVD risk ≥ 7.5 %; below 7.5 %, medication if the average stays ≥ 130/80 after a 3- to 6-month
 * trial of lifestyle changes. Stage 2 (≥ 140/90): medication whatever the risk.
 *
 * When only diabetes and/or smoking are unknown (the record read by Tensio never holds them), the risk
 * is given as the range over the unknown answers. Within 30–79 years both raise the risk for either sex
 * (each main coefficient outweighs its negative age interaction: e.g. women, diabetes 0.867 − 0.271 ×
 * 2.4 > 0 at 79), so the range runs from "neither" to "both"; the bounds are taken as min and max anyway.
 */
import { type PreventField, type PreventInputs, preventTenYearCvd } from './prevent';
import { INPUT_LABEL, type MissingInput, type PreventRecord } from './prevent-inputs';

/** PREVENT 10-year total CVD risk at which stage 1 hypertension is treated with medication (2025). */
export const STAGE1_RISK_THRESHOLD = 0.075;

export type ThresholdSide = 'at-or-above' | 'below' | 'depends';

export type Unknowable = 'diabetes' | 'smoker';

export type PreventAssessment =
  | { kind: 'risk'; risk: number; side: ThresholdSide }
  | { kind: 'range'; low: number; high: number; unknown: Unknowable[]; side: ThresholdSide }
  | { kind: 'incomplete'; missing: MissingInput[] }
  | { kind: 'not-applicable'; reason: string; field?: PreventField };

/**
 * Compared at the precision shown (one decimal of a percent), so the words never contradict the
 * number: 7.496 % is shown as 7.5 % and counts as 7.5 %.
 */
export const atOrAbove = (risk: number) =>
  Math.round(risk * 1000) >= Math.round(STAGE1_RISK_THRESHOLD * 1000);

function sideOf(low: number, high: number): ThresholdSide {
  if (atOrAbove(low)) return 'at-or-above';
  if (!atOrAbove(high)) return 'below';
  return 'depends';
}

const combos = (unknown: readonly Unknowable[]) =>
  unknown.reduce<Partial<Record<Unknowable, boolean>>[]>(
    (acc, key) =>
      acc.flatMap((c) => [
        { ...c, [key]: false },
        { ...c, [key]: true },
      ]),
    [{}],
  );

export function assessPrevent(rec: PreventRecord): PreventAssessment {
  if (rec.notApplicable) return { kind: 'not-applicable', reason: rec.notApplicable };
  const unknown = rec.missing.filter(
    (m): m is MissingInput & { key: Unknowable } => m.key === 'diabetes' || m.key === 'smoker',
  );
  const blocking = rec.missing.filter((m) => m.key !== 'diabetes' && m.key !== 'smoker');
  const { sex, age, totalCholesterol, hdl, systolic, egfr, antihypertensive, statin } = rec;
  if (
    blocking.length > 0 ||
    !sex ||
    !age ||
    !totalCholesterol ||
    !hdl ||
    !systolic ||
    !egfr ||
    !antihypertensive ||
    !statin
  )
    return { kind: 'incomplete', missing: rec.missing };
  const base: Omit<PreventInputs, 'diabetes' | 'smoker'> = {
    sex,
    age: age.value,
    totalCholesterol: totalCholesterol.value,
    hdl: hdl.value,
    systolic: systolic.value,
    egfr: egfr.value,
    onAntihypertensive: antihypertensive.value,
    onStatin: statin.value,
  };
  const keys = unknown.map((m) => m.key);
  const risks: number[] = [];
  for (const c of combos(keys)) {
    const r = preventTenYearCvd({
      ...base,
      diabetes: c.diabetes ?? rec.diabetes ?? false,
      smoker: c.smoker ?? rec.smoker ?? false,
    });
    if ('notApplicable' in r)
      return {
        kind: 'not-applicable',
        reason: r.notApplicable,
        ...(r.field ? { field: r.field } : {}),
      };
    risks.push(r.risk);
  }
  const low = Math.min(...risks);
  const high = Math.max(...risks);
  if (keys.length === 0) return { kind: 'risk', risk: low, side: sideOf(low, low) };
  return { kind: 'range', low, high, unknown: keys, side: sideOf(low, high) };
}

/** What the result means for stage 1 hypertension, in a clinician's words. */
export const THRESHOLD_TEXT: Record<ThresholdSide, string> = {
  'at-or-above':
    'At or above 7.5\u00a0%: for stage 1 hypertension (average 130–139/80–89\u00a0mmHg) the 2025 AHA/ACC guideline recommends starting blood-pressure medication together with lifestyle changes.',
  below:
    'Below 7.5\u00a0%: for stage 1 hypertension the 2025 AHA/ACC guideline recommends 3–6 months of lifestyle changes first, then medication if the average stays at or above 130/80\u00a0mmHg.',
  depends:
    'Whether it reaches 7.5\u00a0% — the 2025 AHA/ACC threshold for starting medication at stage 1 — depends on the missing answers.',
};

export const unknownText = (unknown: readonly Unknowable[]) =>
  unknown.map((k) => INPUT_LABEL[k].toLowerCase()).join(' and ');
