/** The labs parts of the personas (owned by the labs work; see types.ts for the contract). */
import { labsEdgeCases, labsMixedEncodings } from './labs-mixed';
import { LOINC_SYSTEM, labSeries, loinc } from './labs-build';
import type { PersonaContext, PersonaId, PersonaPart } from './types';
import type { Observation } from 'fhir/r4';

/** Days before now of the hypertension-home panel draws: two years, denser after the dose change
 *  (lisinopril 10 -> 20 mg 45 days ago), as a clinician re-checks potassium and creatinine after it. */
const DRAWS = [730, 548, 365, 272, 182, 120, 75, 31, 10] as const;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Values jittered deterministically around a baseline, with fixed values where the story needs them. */
function series(
  ctx: PersonaContext,
  base: number,
  sd: number,
  digits: number,
  fixed: Record<number, number> = {},
) {
  return DRAWS.map(
    (days) => [days, fixed[days] ?? round(ctx.rng.normal(base, sd), digits)] as const,
  );
}

function hypertensionHome(ctx: PersonaContext): Observation[] {
  const annual = [730, 365, 10] as const;
  return [
    // Potassium rises on the higher ACE-inhibitor dose (ACE inhibitors reduce aldosterone): 5.4 H.
    ...labSeries(ctx, {
      stem: 'lab-htn-potassium',
      code: loinc('2823-3', 'Potassium [Moles/volume] in Serum or Plasma', 'Potassium'),
      unit: 'mmol/L',
      low: 3.5,
      high: 5.1,
      points: series(ctx, 4.3, 0.12, 1, { 31: 5.0, 10: 5.4 }),
    }),
    // Sodium dips on chlorthalidone (started 200 days ago): thiazide-type diuretics cause hyponatraemia.
    ...labSeries(ctx, {
      stem: 'lab-htn-sodium',
      code: loinc('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', 'Sodium'),
      unit: 'mmol/L',
      low: 136,
      high: 145,
      points: series(ctx, 140, 1, 0, { 182: 135, 120: 136, 75: 137 }),
    }),
    ...labSeries(ctx, {
      stem: 'lab-htn-creatinine',
      code: loinc('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', 'Creatinine'),
      unit: 'mg/dL',
      low: 0.7,
      high: 1.3,
      points: series(ctx, 1.05, 0.05, 2, { 31: 1.22, 10: 1.34 }),
    }),
    ...labSeries(ctx, {
      stem: 'lab-htn-egfr',
      code: loinc(
        '98979-8',
        'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
        'eGFR',
      ),
      unit: 'mL/min/{1.73_m2}',
      low: 60,
      points: series(ctx, 74, 2, 0, { 31: 64, 10: 58 }),
    }),
    ...labSeries(ctx, {
      stem: 'lab-htn-glucose',
      code: loinc('2345-7', 'Glucose [Mass/volume] in Serum or Plasma', 'Glucose'),
      unit: 'mg/dL',
      low: 70,
      high: 99,
      points: series(ctx, 98, 5, 0),
    }),
    ...labSeries(ctx, {
      stem: 'lab-htn-bun',
      code: loinc('3094-0', 'Urea nitrogen [Mass/volume] in Serum or Plasma', 'BUN'),
      unit: 'mg/dL',
      low: 7,
      high: 20,
      points: series(ctx, 15, 2, 0, { 10: 22 }),
    }),
    ...labSeries(ctx, {
      stem: 'lab-htn-hba1c',
      code: loinc('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', 'Hemoglobin A1c'),
      unit: '%',
      low: 4,
      high: 5.6,
      points: [
        [730, 5.7],
        [548, 5.8],
        [365, 5.9],
        [182, 6.0],
        [10, 5.9],
      ],
    }),
    ...lipids(ctx, annual),
    ...labSeries(ctx, {
      stem: 'lab-htn-uacr',
      code: loinc('9318-7', 'Albumin/Creatinine [Mass Ratio] in Urine', 'Urine albumin/creatinine'),
      unit: 'mg/g',
      high: 30,
      points: [
        [730, 18],
        [365, 26],
        [182, 29],
        [10, 36],
      ],
    }),
  ];
}

function lipids(ctx: PersonaContext, days: readonly number[]): Observation[] {
  const at = (values: readonly number[]) => days.map((d, i) => [d, values[i] ?? 0] as const);
  return [
    ...labSeries(ctx, {
      stem: 'lab-htn-cholesterol',
      code: loinc('2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', 'Total cholesterol'),
      unit: 'mg/dL',
      high: 200,
      points: at([232, 198, 186]),
    }),
    ...labSeries(ctx, {
      stem: 'lab-htn-ldl',
      code: loinc(
        '13457-7',
        'Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation',
        'LDL cholesterol',
      ),
      unit: 'mg/dL',
      high: 100,
      points: at([148, 112, 96]),
    }),
    ...labSeries(ctx, {
      stem: 'lab-htn-hdl',
      code: loinc(
        '2085-9',
        'Cholesterol in HDL [Mass/volume] in Serum or Plasma',
        'HDL cholesterol',
      ),
      unit: 'mg/dL',
      low: 40,
      points: at([38, 42, 45]),
    }),
    ...labSeries(ctx, {
      stem: 'lab-htn-triglycerides',
      code: loinc('2571-8', 'Triglyceride [Mass/volume] in Serum or Plasma', 'Triglycerides'),
      unit: 'mg/dL',
      high: 150,
      points: at([210, 160, 138]),
    }),
  ];
}

/** A couple of labs for the benchmark persona, so its panel is not empty. */
function largeHistory(ctx: PersonaContext): Observation[] {
  return labSeries(ctx, {
    stem: 'lab-large-potassium',
    code: { coding: [{ system: LOINC_SYSTEM, code: '2823-3', display: 'Potassium' }] },
    unit: 'mmol/L',
    low: 3.5,
    high: 5.1,
    points: [
      [1400, 4.2],
      [1000, 4.4],
      [700, 4.1],
      [365, 4.6],
      [30, 4.5],
    ],
  });
}

export const labsParts: Partial<Record<PersonaId, PersonaPart>> = {
  'hypertension-home': hypertensionHome,
  'mixed-encodings': labsMixedEncodings,
  'edge-cases': labsEdgeCases,
  'large-history': largeHistory,
};
