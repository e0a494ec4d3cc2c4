/**
 * The PREVENT inputs gathered from what Tensio already reads (patient, labs, blood pressures,
 * medications), each with its date and source, and every missing one named with why. Pure.
 *
 * Choices, each a clinical one:
 * - Sex: PREVENT is sex-specific; FHIR's administrative gender is the only sex the base Patient carries
 *   (as for sex-specific lab ranges). `other` / `unknown` / absent -> missing, never guessed.
 * - Age: whole years today (fhir/patient `ageYears`); a birth year alone makes it approximate.
 * - Cholesterol and eGFR: the newest numeric result of each analyte, in mg/dL and mL/min/1.73 m² after
 *   UCUM conversion (clinical/labs). Results with a comparator (`<20`) or an unconvertible unit are not
 *   numbers PREVENT can take and are skipped.
 * - Systolic BP: PREVENT was derived on office (research-visit) measurements, and the 2025 guideline's
 *   risk-based thresholds are office thresholds, so the newest office reading is used; when no reading
 *   says where it was taken, the newest one of unknown setting, said so. Home readings are never used.
 * - Medicines: "taking" now (clinical/medications-status), antihypertensive by the app's class table,
 *   statin by medications-statins.
 * - Diabetes and current smoking: the app does not read Conditions or smoking-status Observations, so
 *   they are missing unless the clinician answers them in the panel (never saved). An HbA1c ≥ 6.5 % is
 *   not a diagnosis and is never turned into one.
 */
import type { BpReading } from '../fhir/bp-types';
import type { DatePrecision } from '../fhir/fhir-date';
import type { MedicationEntry } from '../fhir/medications';
import { ageYears, type PatientFacts } from '../fhir/patient';
import type { AnalyteSummary } from './labs';
import { ingredientsOf } from './medications-classes';
import { isStatin } from './medications-statins';
import { statusRule } from './medications-status';
import type { PreventSex } from './prevent';

export type InputKey =
  | 'sex'
  | 'age'
  | 'totalCholesterol'
  | 'hdl'
  | 'systolic'
  | 'egfr'
  | 'diabetes'
  | 'smoker'
  | 'antihypertensive'
  | 'statin';

export const INPUT_LABEL: Record<InputKey, string> = {
  sex: 'Sex',
  age: 'Age',
  totalCholesterol: 'Total cholesterol',
  hdl: 'HDL cholesterol',
  systolic: 'Systolic blood pressure',
  egfr: 'eGFR',
  diabetes: 'Diabetes',
  smoker: 'Current smoking',
  antihypertensive: 'Blood-pressure medicine',
  statin: 'Statin',
};

export interface DatedInput {
  value: number;
  t: number;
  precision?: DatePrecision;
  /** The Observation(s) it came from. */
  id: string;
  note?: string;
}

export interface MedicineInput {
  value: boolean;
  /** Names of the medicines that make it true. */
  medicines: string[];
}

export interface MissingInput {
  key: InputKey;
  reason: string;
}

export interface PreventRecord {
  sex?: PreventSex;
  age?: { value: number; approximate: boolean };
  totalCholesterol?: DatedInput;
  hdl?: DatedInput;
  egfr?: DatedInput;
  systolic?: DatedInput;
  antihypertensive?: MedicineInput;
  statin?: MedicineInput;
  /** Only from the clinician's answers: the record read by Tensio does not hold them. */
  diabetes?: boolean;
  smoker?: boolean;
  missing: MissingInput[];
  /** PREVENT does not apply at all (the patient has died). */
  notApplicable?: string;
}

export interface PreventAnswers {
  diabetes?: boolean;
  smoker?: boolean;
}

/** What the app could read; `undefined` for a source that could not be read (no grant, an error). */
export interface PreventSources {
  patient?: PatientFacts;
  labs?: readonly AnalyteSummary[];
  bp?: readonly BpReading[];
  medications?: readonly MedicationEntry[];
  answers?: PreventAnswers;
  now: number;
  timeZone: string;
}

export const NOT_IN_RECORD =
  'not in the record read by Tensio (it does not read diagnoses or smoking status)';

function latestLab(
  labs: readonly AnalyteSummary[] | undefined,
  key: string,
  name: string,
): DatedInput | string {
  if (!labs) return 'lab results could not be read';
  const analyte = labs.find((a) => a.key === key);
  if (!analyte) return `no ${name} result in the record`;
  const point = analyte.trend.at(-1);
  if (!point) return `no ${name} result with a number the calculation can use`;
  return {
    value: point.value,
    t: point.t,
    ...(point.precision ? { precision: point.precision } : {}),
    id: point.id,
  };
}

function latestSystolic(bp: readonly BpReading[] | undefined): DatedInput | string {
  if (!bp) return 'blood pressures could not be read';
  const single = bp.filter((r) => r.kind === 'single');
  const office = single.findLast((r) => r.setting === 'office');
  const unknown = office ? undefined : single.findLast((r) => r.setting === 'unknown');
  const r = office ?? unknown;
  if (!r)
    return 'no office blood pressure in the record (home readings are not used: PREVENT was developed on office measurements)';
  return {
    value: r.systolic,
    t: r.time,
    precision: r.datePrecision,
    id: r.id,
    ...(unknown ? { note: 'where it was taken is not recorded' } : {}),
  };
}

function medicine(
  meds: readonly MedicationEntry[],
  matches: (e: MedicationEntry) => boolean,
): MedicineInput {
  const taking = meds.filter((e) => statusRule(e).meaning === 'taking' && matches(e));
  const medicines = [...new Set(taking.map((e) => e.name))];
  return { value: medicines.length > 0, medicines };
}

function sexOf(p: PatientFacts): { sex: PreventSex } | { reason: string } {
  if (p.gender === 'female' || p.gender === 'male') return { sex: p.gender };
  return {
    reason: p.gender
      ? `the record gives sex as “${p.gender}”; PREVENT has equations for women and men only`
      : 'no sex in the record',
  };
}

/** Gathers the inputs; every input not found is in `missing` with its reason. */
export function gatherPreventInputs(s: PreventSources): PreventRecord {
  const rec: PreventRecord = { missing: [] };
  const miss = (key: InputKey, reason: string) => rec.missing.push({ key, reason });
  const p = s.patient;
  if (p?.deceased) rec.notApplicable = 'the patient has died';
  if (!p) {
    miss('sex', 'the patient record could not be read');
    miss('age', 'the patient record could not be read');
  } else {
    const sex = sexOf(p);
    if ('sex' in sex) rec.sex = sex.sex;
    else miss('sex', sex.reason);
    const age = p.birth ? ageYears(p.birth, s.now, s.timeZone) : undefined;
    if (age !== undefined) rec.age = { value: age, approximate: p.birth?.precision === 'year' };
    else miss('age', 'no birth date in the record');
  }
  const labs: [InputKey & ('totalCholesterol' | 'hdl' | 'egfr'), string, string][] = [
    ['totalCholesterol', 'cholesterol', 'total cholesterol'],
    ['hdl', 'hdl', 'HDL cholesterol'],
    ['egfr', 'egfr', 'eGFR'],
  ];
  for (const [field, key, name] of labs) {
    const v = latestLab(s.labs, key, name);
    if (typeof v === 'string') miss(field, v);
    else rec[field] = v;
  }
  const sbp = latestSystolic(s.bp);
  if (typeof sbp === 'string') miss('systolic', sbp);
  else rec.systolic = sbp;
  if (s.answers?.diabetes !== undefined) rec.diabetes = s.answers.diabetes;
  else miss('diabetes', NOT_IN_RECORD);
  if (s.answers?.smoker !== undefined) rec.smoker = s.answers.smoker;
  else miss('smoker', NOT_IN_RECORD);
  if (s.medications) {
    rec.antihypertensive = medicine(s.medications, (e) => ingredientsOf(e).length > 0);
    rec.statin = medicine(s.medications, isStatin);
  } else {
    miss('antihypertensive', 'medications could not be read');
    miss('statin', 'medications could not be read');
  }
  return rec;
}
