/** Gathering PREVENT inputs from the record: one named case per source shape. */
import { describe, expect, it } from 'vitest';
import type { BpReading } from '../fhir/bp-types';
import type { MedicationEntry } from '../fhir/medications';
import type { PatientFacts } from '../fhir/patient';
import { reading } from '../../mocks/test-data/bp-readings';
import { labObs, loinc, summarize, ucumQty } from '../../mocks/test-data/labs-fixtures';
import { isStatin } from './medications-statins';
import { gatherPreventInputs, NOT_IN_RECORD, type PreventSources } from './prevent-inputs';

const NOW = Date.parse('2026-11-01T15:00:00Z');
const TZ = 'America/New_York';

const patient = (fields: Partial<PatientFacts> = {}): PatientFacts => ({
  gender: 'female',
  birth: { text: '1961-04-17', precision: 'day', t: Date.UTC(1961, 3, 17, 12) },
  unreadable: [],
  ...fields,
});

const LABS = summarize([
  labObs('tc-old', {
    code: loinc('2093-3'),
    valueQuantity: ucumQty(232, 'mg/dL'),
    effectiveDateTime: '2024-11-01',
  }),
  labObs('tc', {
    code: loinc('2093-3'),
    valueQuantity: ucumQty(186, 'mg/dL'),
    effectiveDateTime: '2026-10-22',
  }),
  // HDL sent in mmol/L: converted through UCUM (1.3 mmol/L × 38.67 ≈ 50 mg/dL).
  labObs('hdl', {
    code: loinc('2085-9'),
    valueQuantity: ucumQty(1.3, 'mmol/L'),
    effectiveDateTime: '2026-10-22',
  }),
  labObs('egfr', {
    code: loinc('98979-8'),
    valueQuantity: ucumQty(58, 'mL/min/{1.73_m2}'),
    effectiveDateTime: '2026-10-22',
  }),
]).analytes;

const med = (name: string, fields: Partial<MedicationEntry> = {}): MedicationEntry => ({
  id: `MedicationRequest/${name}`,
  source: 'request',
  form: 'codeable-concept',
  name,
  concepts: [],
  rxnorm: [],
  identifiers: [],
  strengths: [],
  status: 'active',
  intent: 'order',
  ...fields,
});

const office = (t: string, s: number, extra: Partial<BpReading> = {}) =>
  reading(Date.parse(t), s, 80, {
    setting: 'office',
    settingEvidence: 'encounter-ambulatory',
    source: 'clinician',
    ...extra,
  });

const sources = (fields: Partial<PreventSources> = {}): PreventSources => ({
  patient: patient(),
  labs: LABS,
  bp: [office('2026-09-01T14:00:00Z', 150), office('2026-10-22T14:00:00Z', 138)],
  medications: [med('Lisinopril 20 MG Oral Tablet'), med('atorvastatin 20 MG Oral Tablet')],
  now: NOW,
  timeZone: TZ,
  ...fields,
});

const keys = (s: PreventSources) => gatherPreventInputs(s).missing.map((m) => m.key);

describe('gatherPreventInputs: from a complete record', () => {
  it('takes each newest value with its date, converted to the equation units', () => {
    const rec = gatherPreventInputs(sources());
    expect(rec.sex).toBe('female');
    expect(rec.age).toEqual({ value: 65, approximate: false });
    expect(rec.totalCholesterol).toMatchObject({
      value: 186,
      id: 'Observation/tc',
      precision: 'day',
    });
    expect(rec.hdl?.value).toBeCloseTo(50.27, 1);
    expect(rec.egfr?.value).toBe(58);
    expect(rec.systolic).toMatchObject({ value: 138, t: Date.parse('2026-10-22T14:00:00Z') });
    expect(rec.systolic?.note).toBeUndefined();
    expect(rec.antihypertensive).toEqual({
      value: true,
      medicines: ['Lisinopril 20 MG Oral Tablet'],
    });
    expect(rec.statin).toEqual({ value: true, medicines: ['atorvastatin 20 MG Oral Tablet'] });
  });

  it('names diabetes and smoking as not in the record read by Tensio, never inferred from HbA1c', () => {
    const withA1c = summarize([
      labObs('a1c', { code: loinc('4548-4'), valueQuantity: ucumQty(8.1, '%') }),
    ]).analytes;
    const rec = gatherPreventInputs(sources({ labs: [...LABS, ...withA1c] }));
    expect(rec.missing).toEqual([
      { key: 'diabetes', reason: NOT_IN_RECORD },
      { key: 'smoker', reason: NOT_IN_RECORD },
    ]);
    expect(rec.diabetes).toBeUndefined();
  });

  it('uses the clinician’s answers for diabetes and smoking when given', () => {
    const rec = gatherPreventInputs(sources({ answers: { diabetes: false, smoker: true } }));
    expect(rec.missing).toEqual([]);
    expect([rec.diabetes, rec.smoker]).toEqual([false, true]);
  });
});

describe('gatherPreventInputs: blood pressure (office, never home)', () => {
  it.each<[string, BpReading[], number | undefined, string | undefined]>([
    [
      'newest office reading, not a newer home one',
      [office('2026-09-01T14:00:00Z', 142), reading(Date.parse('2026-10-30T11:00:00Z'), 120, 70)],
      142,
      undefined,
    ],
    [
      'an office average is not a single reading',
      [
        office('2026-09-01T14:00:00Z', 142),
        office('2026-10-01T14:00:00Z', 131, { kind: 'average' }),
      ],
      142,
      undefined,
    ],
    [
      'no office reading: newest of unknown setting, said so',
      [
        reading(Date.parse('2026-08-01T14:00:00Z'), 136, 82, {
          setting: 'unknown',
          settingEvidence: 'none',
        }),
      ],
      136,
      'where it was taken is not recorded',
    ],
    [
      'home readings only: missing',
      [reading(Date.parse('2026-10-30T11:00:00Z'), 120, 70)],
      undefined,
      undefined,
    ],
    ['no readings: missing', [], undefined, undefined],
  ])('%s', (_name, bp, systolic, note) => {
    const rec = gatherPreventInputs(sources({ bp }));
    expect(rec.systolic?.value).toBe(systolic);
    expect(rec.systolic?.note).toBe(note);
    expect(rec.missing.some((m) => m.key === 'systolic')).toBe(systolic === undefined);
  });
});

describe('gatherPreventInputs: medicines taken now', () => {
  it.each<[string, MedicationEntry[], boolean, boolean]>([
    [
      'stopped antihypertensive does not count',
      [med('Amlodipine 5 MG Oral Tablet', { status: 'stopped' })],
      false,
      false,
    ],
    [
      'an order not to give a statin does not count',
      [med('Simvastatin 20 MG', { doNotPerform: true })],
      false,
      false,
    ],
    [
      'a planned statin does not count',
      [med('Rosuvastatin 10 MG', { intent: 'plan' })],
      false,
      false,
    ],
    ['statin by RxNorm ingredient code', [med('Lipid tablet', { rxnorm: ['83367'] })], false, true],
    [
      'combination ezetimibe/simvastatin',
      [med('Ezetimibe 10 MG / Simvastatin 40 MG Oral Tablet')],
      false,
      true,
    ],
    [
      'a reported statement of a diuretic',
      [med('Chlorthalidone 25 MG', { source: 'statement' })],
      true,
      false,
    ],
    ['no medicines at all: both known to be no', [], false, false],
  ])('%s', (_name, medications, bpTx, statin) => {
    const rec = gatherPreventInputs(sources({ medications }));
    expect([rec.antihypertensive?.value, rec.statin?.value]).toEqual([bpTx, statin]);
  });

  it('ezetimibe alone is not a statin', () => {
    expect(isStatin(med('Ezetimibe 10 MG Oral Tablet'))).toBe(false);
  });
});

describe('gatherPreventInputs: what is missing, and why', () => {
  it.each<[string, Partial<PreventSources>, string[]]>([
    ['patient unreadable', { patient: undefined }, ['sex', 'age']],
    ['sex other', { patient: patient({ gender: 'other' }) }, ['sex']],
    ['sex absent', { patient: patient({ gender: undefined }) }, ['sex']],
    ['no birth date', { patient: patient({ birth: undefined }) }, ['age']],
    ['labs unreadable', { labs: undefined }, ['totalCholesterol', 'hdl', 'egfr']],
    ['no HDL on record', { labs: LABS.filter((a) => a.key !== 'hdl') }, ['hdl']],
    ['BP unreadable', { bp: undefined }, ['systolic']],
    ['medications unreadable', { medications: undefined }, ['antihypertensive', 'statin']],
  ])('%s', (_name, change, expected) => {
    expect(keys(sources({ ...change, answers: { diabetes: false, smoker: false } }))).toEqual(
      expected,
    );
  });

  it('a comparator result is no number for the equation', () => {
    const labs = summarize([
      labObs('hdl', { code: loinc('2085-9'), valueQuantity: ucumQty(20, 'mg/dL', '<') }),
    ]).analytes;
    const rec = gatherPreventInputs(
      sources({ labs: [...LABS.filter((a) => a.key !== 'hdl'), ...labs] }),
    );
    expect(rec.missing.find((m) => m.key === 'hdl')?.reason).toBe(
      'no HDL cholesterol result with a number the calculation can use',
    );
  });

  it('a birth year alone gives an approximate age', () => {
    const rec = gatherPreventInputs(
      sources({
        patient: patient({
          birth: { text: '1961', precision: 'year', t: Date.UTC(1961, 0, 1, 12) },
        }),
      }),
    );
    expect(rec.age).toEqual({ value: 65, approximate: true });
  });

  it('a patient who has died: not applicable', () => {
    expect(gatherPreventInputs(sources({ patient: patient({ deceased: {} }) })).notApplicable).toBe(
      'the patient has died',
    );
  });
});
