import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type PreventInputs,
  type PreventResult,
  preventTenYearCvd,
  riskPercentText,
} from './prevent';

const percent = (r: PreventResult) => ('risk' in r ? riskPercentText(r.risk) : r.notApplicable);

/** The supplement's worked example (Khan 2024 supplement calculator; reproduced by preventr 0.147). */
const EXAMPLE: PreventInputs = {
  sex: 'female',
  age: 50,
  totalCholesterol: 200,
  hdl: 45,
  systolic: 160,
  egfr: 90,
  diabetes: true,
  smoker: false,
  onAntihypertensive: true,
  onStatin: false,
};

describe('preventTenYearCvd: published reference values, to the precision published', () => {
  it.each<[string, PreventInputs, string]>([
    // Khan 2024 supplement example; martingmayer/preventr README and tests (total_cvd 0.147);
    // JMLuther/tabletools "validated against original publication (XLSX file with calc check)".
    ['woman 50, diabetes, treated BP 160, no statin (paper example)', EXAMPLE, '14.7'],
    // preventr tests/testthat/test-prevent_equations.R "Base model works, male": total_cvd 0.163.
    ['man 50, same profile (preventr)', { ...EXAMPLE, sex: 'male' }, '16.3'],
    // lhegstrom/PyPREVENT tests/test_cvd.py (7.9 ± 0.1; its batch test 7.899575424594809).
    [
      'woman 40, diabetes, smoker, treated BP 120, statin, eGFR 70 (pyprevent)',
      {
        sex: 'female',
        age: 40,
        totalCholesterol: 200,
        hdl: 50,
        systolic: 120,
        egfr: 70,
        diabetes: true,
        smoker: true,
        onAntihypertensive: true,
        onStatin: true,
      },
      '7.9',
    ],
    [
      'man 40, same profile (pyprevent 8.1)',
      {
        sex: 'male',
        age: 40,
        totalCholesterol: 200,
        hdl: 50,
        systolic: 120,
        egfr: 70,
        diabetes: true,
        smoker: true,
        onAntihypertensive: true,
        onStatin: true,
      },
      '8.1',
    ],
    [
      'man 68, smoker, no diabetes, untreated BP 150, statin, eGFR 65 (pyprevent 18.2)',
      {
        sex: 'male',
        age: 68,
        totalCholesterol: 300,
        hdl: 85,
        systolic: 150,
        egfr: 65,
        diabetes: false,
        smoker: true,
        onAntihypertensive: false,
        onStatin: true,
      },
      '18.2',
    ],
  ])('%s', (_name, inputs, expected) => {
    expect(percent(preventTenYearCvd(inputs))).toBe(expected);
  });

  it('matches pyprevent to the last digit it prints (7.899575424594809 %)', () => {
    const r = preventTenYearCvd({
      sex: 'female',
      age: 40,
      totalCholesterol: 200,
      hdl: 50,
      systolic: 120,
      egfr: 70,
      diabetes: true,
      smoker: true,
      onAntihypertensive: true,
      onStatin: true,
    });
    expect('risk' in r && r.risk * 100).toBeCloseTo(7.899575424594809, 12);
  });
});

describe('preventTenYearCvd: the ranges the equations were developed over (inclusive)', () => {
  it.each<[string, Partial<PreventInputs>, boolean]>([
    ['age 29: too young', { age: 29 }, false],
    ['age 30: youngest', { age: 30 }, true],
    ['age 79: oldest', { age: 79 }, true],
    ['age 80: too old', { age: 80 }, false],
    ['total cholesterol 129', { totalCholesterol: 129 }, false],
    ['total cholesterol 130', { totalCholesterol: 130 }, true],
    ['total cholesterol 320', { totalCholesterol: 320 }, true],
    ['total cholesterol 321', { totalCholesterol: 321 }, false],
    ['HDL 19', { hdl: 19 }, false],
    ['HDL 20', { hdl: 20 }, true],
    ['HDL 100', { hdl: 100 }, true],
    ['HDL 101', { hdl: 101 }, false],
    ['SBP 89', { systolic: 89 }, false],
    ['SBP 90', { systolic: 90 }, true],
    ['SBP 200', { systolic: 200 }, true],
    ['SBP 201', { systolic: 201 }, false],
    ['eGFR 14', { egfr: 14 }, false],
    ['eGFR 15', { egfr: 15 }, true],
    ['eGFR 140', { egfr: 140 }, true],
    ['eGFR 141', { egfr: 141 }, false],
    ['age NaN', { age: Number.NaN }, false],
    ['HDL equal to total cholesterol', { totalCholesterol: 130, hdl: 130 }, false],
  ])('%s', (_name, change, applies) => {
    const r = preventTenYearCvd({ ...EXAMPLE, ...change });
    expect('risk' in r).toBe(applies);
  });

  it('says which value and which range', () => {
    expect(preventTenYearCvd({ ...EXAMPLE, age: 80 })).toEqual({
      notApplicable: 'Age 80 years is outside the range PREVENT was developed for (30–79 years)',
      field: 'age',
    });
  });
});

describe('preventTenYearCvd: direction of each factor (within the ranges)', () => {
  const r = (change: Partial<PreventInputs>) => {
    const out = preventTenYearCvd({ ...EXAMPLE, ...change });
    return 'risk' in out ? out.risk : Number.NaN;
  };
  it.each<[string, Partial<PreventInputs>, Partial<PreventInputs>]>([
    ['smoking raises risk at 30', { age: 30, smoker: false }, { age: 30, smoker: true }],
    ['smoking raises risk at 79', { age: 79, smoker: false }, { age: 79, smoker: true }],
    [
      'diabetes raises risk at 79 (men)',
      { sex: 'male', age: 79, diabetes: false },
      { sex: 'male', age: 79, diabetes: true },
    ],
    ['eGFR 45 is worse than 90', { egfr: 90 }, { egfr: 45 }],
    ['SBP 180 is worse than 120', { systolic: 120 }, { systolic: 180 }],
  ])('%s', (_name, lower, higher) => {
    expect(r(higher)).toBeGreaterThan(r(lower));
  });
});

describe('preventTenYearCvd: any numbers (property)', () => {
  const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 }));
  it('never throws; a risk is always a probability, else the reason names a field', () => {
    fc.assert(
      fc.property(
        fc.record({
          sex: fc.constantFrom<'female' | 'male'>('female', 'male'),
          age: anyNumber,
          totalCholesterol: anyNumber,
          hdl: anyNumber,
          systolic: anyNumber,
          egfr: anyNumber,
          diabetes: fc.boolean(),
          smoker: fc.boolean(),
          onAntihypertensive: fc.boolean(),
          onStatin: fc.boolean(),
        }),
        (inputs) => {
          const r = preventTenYearCvd(inputs);
          if ('risk' in r) expect(r.risk > 0 && r.risk < 1).toBe(true);
          else expect(r.notApplicable.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('inside the ranges it always gives a risk', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 79 }),
        fc.integer({ min: 130, max: 320 }),
        fc.integer({ min: 20, max: 100 }),
        fc.integer({ min: 90, max: 200 }),
        fc.integer({ min: 15, max: 140 }),
        (age, tc, hdl, sbp, egfr) => {
          fc.pre(hdl < tc);
          const r = preventTenYearCvd({
            ...EXAMPLE,
            age,
            totalCholesterol: tc,
            hdl,
            systolic: sbp,
            egfr,
          });
          expect('risk' in r).toBe(true);
        },
      ),
    );
  });
});
