/** The PREVENT result for a gathered record and its reading against the 2025 stage-1 threshold. */
import { describe, expect, it } from 'vitest';
import { riskPercentText } from './prevent';
import { assessPrevent, atOrAbove, type PreventAssessment } from './prevent-assess';
import { NOT_IN_RECORD, type PreventRecord } from './prevent-inputs';

const dated = (value: number) => ({ value, t: 0, id: 'Observation/x' });

/** The paper's worked example (woman 50, 14.7 % with diabetes, non-smoker) as a gathered record. */
const RECORD: PreventRecord = {
  sex: 'female',
  age: { value: 50, approximate: false },
  totalCholesterol: dated(200),
  hdl: dated(45),
  systolic: dated(160),
  egfr: dated(90),
  antihypertensive: { value: true, medicines: ['Lisinopril'] },
  statin: { value: false, medicines: [] },
  diabetes: true,
  smoker: false,
  missing: [],
};
const unknown = (...keys: ('diabetes' | 'smoker')[]): PreventRecord => ({
  ...RECORD,
  ...Object.fromEntries(keys.map((k) => [k, undefined])),
  missing: keys.map((key) => ({ key, reason: NOT_IN_RECORD })),
});

const shown = (a: PreventAssessment) => {
  switch (a.kind) {
    case 'risk':
      return `${riskPercentText(a.risk)} ${a.side}`;
    case 'range':
      return `${riskPercentText(a.low)}–${riskPercentText(a.high)} ${a.side} (${a.unknown.join(',')})`;
    case 'incomplete':
      return `incomplete: ${a.missing.map((m) => m.key).join(',')}`;
    case 'not-applicable':
      return `n/a: ${a.reason}`;
  }
};

describe('assessPrevent', () => {
  it.each<[string, PreventRecord, string]>([
    ['everything known: the paper example', RECORD, '14.7 at-or-above'],
    [
      'low risk, everything known',
      { ...RECORD, age: { value: 40, approximate: false }, systolic: dated(128), diabetes: false },
      '1.7 below',
    ],
    // Values from the equation checked in prevent.test.ts. The range runs from "neither" to "both".
    [
      'diabetes and smoking unknown, above whatever the answers (65, treated BP 160)',
      { ...unknown('diabetes', 'smoker'), age: { value: 65, approximate: false } },
      '13.4–30.7 at-or-above (diabetes,smoker)',
    ],
    [
      'unknowns decide it',
      {
        ...unknown('diabetes', 'smoker'),
        systolic: dated(130),
        antihypertensive: { value: false, medicines: [] },
      },
      '2.7–11.8 depends (diabetes,smoker)',
    ],
    [
      'below whatever the answers',
      {
        ...unknown('diabetes', 'smoker'),
        age: { value: 35, approximate: false },
        systolic: dated(120),
      },
      '1.0–7.4 below (diabetes,smoker)',
    ],
    ['only smoking unknown', unknown('smoker'), '14.7–23.4 at-or-above (smoker)'],
    [
      'a lab missing: no number, every missing input listed',
      {
        ...unknown('diabetes', 'smoker'),
        hdl: undefined,
        missing: [{ key: 'hdl', reason: 'no HDL' }, ...unknown('diabetes', 'smoker').missing],
      },
      'incomplete: hdl,diabetes,smoker',
    ],
    [
      'out of range: says why',
      { ...RECORD, age: { value: 82, approximate: false } },
      'n/a: Age 82 years is outside the range PREVENT was developed for (30–79 years)',
    ],
    ['died', { ...RECORD, notApplicable: 'the patient has died' }, 'n/a: the patient has died'],
  ])('%s', (_name, rec, expected) => {
    expect(shown(assessPrevent(rec))).toBe(expected);
  });
});

describe('atOrAbove: 7.5 % at the precision shown', () => {
  it.each<[string, number, boolean]>([
    ['7.44 % is shown as 7.4: below', 0.0744, false],
    ['7.45 % is shown as 7.5: at', 0.0745, true],
    ['7.5 %', 0.075, true],
    ['30 %', 0.3, true],
  ])('%s', (_name, risk, expected) => {
    expect(atOrAbove(risk)).toBe(expected);
  });
});
