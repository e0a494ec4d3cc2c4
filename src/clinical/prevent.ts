/**
 * AHA PREVENT base model: 10-year risk of total cardiovascular disease (ASCVD + heart failure) for
 * adults 30–79 without known cardiovascular disease. Pure.
 *
 * Source: Khan SS, Matsushita K, Sang Y, et al. "Development and Validation of the American Heart
 * Association's PREVENT Equations." Circulation 2024;149:430–449, Supplemental Table S12A (base model,
 * 10-year total CVD, sex-specific logistic coefficients). The same coefficients are restated by the CDC
 * (Kidney Disease Surveillance System, wwwn.cdc.gov/KDSS, question Q811) and in the Stata module
 * `prevent` (Linden 2024); all three agree digit for digit.
 *
 * Terms (as the paper centres them): age (years − 55)/10; non-HDL cholesterol (TC − HDL) in mmol/L − 3.5;
 * HDL (mmol/L − 1.3)/0.3; SBP as a linear spline with a knot at 110 mmHg, (min(SBP,110) − 110)/20 and
 * (max(SBP,110) − 130)/20; eGFR as a spline with a knot at 60, (min(eGFR,60) − 60)/−15 and
 * (max(eGFR,60) − 90)/−15; diabetes, current smoking, antihypertensive and statin use as 0/1; the
 * interactions listed below. Risk = exp(x) / (1 + exp(x)). Cholesterol mg/dL × 0.02586 = mmol/L (the
 * paper's factor).
 *
 * Input ranges the equations were developed over (paper, Methods; the AHA calculator refuses values
 * outside them): age 30–79, total cholesterol 130–320 mg/dL, HDL 20–100 mg/dL, SBP 90–200 mmHg,
 * eGFR 15–140 mL/min/1.73 m². Outside them this returns `notApplicable`, never an extrapolated number.
 *
 * Checked against published values (prevent.test.ts): the supplement's worked example (woman 50 y,
 * 14.7 %), and the test suites of two independent implementations (R `preventr`, Rust/Python
 * `pyprevent`) for both sexes, with and without diabetes, smoking, BP treatment and statin.
 */

export type PreventSex = 'female' | 'male';

export interface PreventInputs {
  sex: PreventSex;
  /** Whole years. */
  age: number;
  /** mg/dL. */
  totalCholesterol: number;
  /** mg/dL. */
  hdl: number;
  /** mmHg (office). */
  systolic: number;
  /** mL/min/1.73 m² (CKD-EPI 2021 in the derivation). */
  egfr: number;
  diabetes: boolean;
  smoker: boolean;
  onAntihypertensive: boolean;
  onStatin: boolean;
}

export type PreventField = 'age' | 'totalCholesterol' | 'hdl' | 'systolic' | 'egfr';

export type PreventResult = { risk: number } | { notApplicable: string; field?: PreventField };

/** The paper's conversion of cholesterol from mg/dL to mmol/L. */
export const MG_DL_TO_MMOL_L = 0.02586;

/** Ranges of the derivation data (Khan 2024, Methods); inclusive. */
export const PREVENT_RANGE: Readonly<
  Record<PreventField, { min: number; max: number; unit: string }>
> = {
  age: { min: 30, max: 79, unit: 'years' },
  totalCholesterol: { min: 130, max: 320, unit: 'mg/dL' },
  hdl: { min: 20, max: 100, unit: 'mg/dL' },
  systolic: { min: 90, max: 200, unit: 'mmHg' },
  egfr: { min: 15, max: 140, unit: 'mL/min/1.73 m²' },
};

const FIELD_NAME: Record<PreventField, string> = {
  age: 'Age',
  totalCholesterol: 'Total cholesterol',
  hdl: 'HDL cholesterol',
  systolic: 'Systolic blood pressure',
  egfr: 'eGFR',
};

interface Coefficients {
  constant: number;
  age: number;
  nonHdl: number;
  hdl: number;
  sbpBelow110: number;
  sbpAbove110: number;
  diabetes: number;
  smoker: number;
  egfrBelow60: number;
  egfrAbove60: number;
  antihypertensive: number;
  statin: number;
  antihypertensiveXSbp: number;
  statinXNonHdl: number;
  ageXNonHdl: number;
  ageXHdl: number;
  ageXSbp: number;
  ageXDiabetes: number;
  ageXSmoker: number;
  ageXEgfr: number;
}

/** Khan 2024, Supplemental Table S12A, "Total CVD, 10-year", women and men. */
const COEFFICIENTS: Record<PreventSex, Coefficients> = {
  female: {
    constant: -3.307728,
    age: 0.7939329,
    nonHdl: 0.0305239,
    hdl: -0.1606857,
    sbpBelow110: -0.2394003,
    sbpAbove110: 0.3600781,
    diabetes: 0.8667604,
    smoker: 0.5360739,
    egfrBelow60: 0.6045917,
    egfrAbove60: 0.0433769,
    antihypertensive: 0.3151672,
    statin: -0.1477655,
    antihypertensiveXSbp: -0.0663612,
    statinXNonHdl: 0.1197879,
    ageXNonHdl: -0.0819715,
    ageXHdl: 0.0306769,
    ageXSbp: -0.0946348,
    ageXDiabetes: -0.27057,
    ageXSmoker: -0.078715,
    ageXEgfr: -0.1637806,
  },
  male: {
    constant: -3.031168,
    age: 0.7688528,
    nonHdl: 0.0736174,
    hdl: -0.0954431,
    sbpBelow110: -0.4347345,
    sbpAbove110: 0.3362658,
    diabetes: 0.7692857,
    smoker: 0.4386871,
    egfrBelow60: 0.5378979,
    egfrAbove60: 0.0164827,
    antihypertensive: 0.288879,
    statin: -0.1337349,
    antihypertensiveXSbp: -0.0475924,
    statinXNonHdl: 0.150273,
    ageXNonHdl: -0.0517874,
    ageXHdl: 0.0191169,
    ageXSbp: -0.1049477,
    ageXDiabetes: -0.2251948,
    ageXSmoker: -0.0895067,
    ageXEgfr: -0.1543702,
  },
};

function outOfRange(i: PreventInputs): PreventResult | undefined {
  for (const field of Object.keys(PREVENT_RANGE) as PreventField[]) {
    const value = i[field];
    const { min, max, unit } = PREVENT_RANGE[field];
    if (!Number.isFinite(value))
      return { notApplicable: `${FIELD_NAME[field]} is not a number`, field };
    if (value < min || value > max)
      return {
        notApplicable: `${FIELD_NAME[field]} ${value} ${unit} is outside the range PREVENT was developed for (${min}–${max} ${unit})`,
        field,
      };
  }
  return undefined;
}

/** PREVENT 10-year total CVD risk as a fraction (0.147 = 14.7 %), or why it does not apply. */
export function preventTenYearCvd(i: PreventInputs): PreventResult {
  const refused = outOfRange(i);
  if (refused) return refused;
  if (i.hdl >= i.totalCholesterol)
    return { notApplicable: 'HDL cholesterol is not below total cholesterol', field: 'hdl' };
  const k = COEFFICIENTS[i.sex];
  const age = (i.age - 55) / 10;
  const nonHdl = (i.totalCholesterol - i.hdl) * MG_DL_TO_MMOL_L - 3.5;
  const hdl = (i.hdl * MG_DL_TO_MMOL_L - 1.3) / 0.3;
  const sbpLow = (Math.min(i.systolic, 110) - 110) / 20;
  const sbpHigh = (Math.max(i.systolic, 110) - 130) / 20;
  const egfrLow = (Math.min(i.egfr, 60) - 60) / -15;
  const egfrHigh = (Math.max(i.egfr, 60) - 90) / -15;
  const dm = i.diabetes ? 1 : 0;
  const smk = i.smoker ? 1 : 0;
  const bpTx = i.onAntihypertensive ? 1 : 0;
  const statin = i.onStatin ? 1 : 0;
  const x =
    k.constant +
    k.age * age +
    k.nonHdl * nonHdl +
    k.hdl * hdl +
    k.sbpBelow110 * sbpLow +
    k.sbpAbove110 * sbpHigh +
    k.diabetes * dm +
    k.smoker * smk +
    k.egfrBelow60 * egfrLow +
    k.egfrAbove60 * egfrHigh +
    k.antihypertensive * bpTx +
    k.statin * statin +
    k.antihypertensiveXSbp * bpTx * sbpHigh +
    k.statinXNonHdl * statin * nonHdl +
    k.ageXNonHdl * age * nonHdl +
    k.ageXHdl * age * hdl +
    k.ageXSbp * age * sbpHigh +
    k.ageXDiabetes * age * dm +
    k.ageXSmoker * age * smk +
    k.ageXEgfr * age * egfrLow;
  return { risk: Math.exp(x) / (1 + Math.exp(x)) };
}

/** The percentage as the AHA calculator prints it: one decimal (`14.7`). */
export const riskPercentText = (risk: number) => (risk * 100).toFixed(1);
