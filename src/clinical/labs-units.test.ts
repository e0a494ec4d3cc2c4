import type { Quantity } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { printUnit } from './labs-format';
import {
  labObs,
  loinc,
  only,
  range,
  summarize,
  ucumQty,
} from '../../mocks/test-data/labs-fixtures';
import { MAX_UCUM_LENGTH, convertUnit, normalizeUcum } from './ucum';

const UCUM = 'http://unitsofmeasure.org';

describe('unit conversion through UCUM', () => {
  it.each([
    ['creatinine umol/L (UCUM code) -> mg/dL', '14682-9', 97, 'umol/L', 'mg/dL', 1.1, '1.1'],
    ['glucose mmol/L -> mg/dL', '14749-6', 5.55, 'mmol/L', 'mg/dL', 100, '100'],
    ['cholesterol mmol/L -> mg/dL', '14647-2', 5.17, 'mmol/L', 'mg/dL', 200, '200'],
    ['triglycerides mmol/L -> mg/dL', '14927-8', 1.7, 'mmol/L', 'mg/dL', 151, '151'],
    [
      'BUN mmol/L -> mg/dL (urea nitrogen, 28.014 g/mol)',
      '14937-7',
      5.4,
      'mmol/L',
      'mg/dL',
      15,
      '15',
    ],
    ['potassium meq/L -> mmol/L', '2823-3', 4.2, 'meq/L', 'mmol/L', 4.2, '4.2'],
  ])('%s', (_case, code, value, unit, to, expected, text) => {
    const a = only([labObs('x', { code: loinc(code), valueQuantity: ucumQty(value, unit) })]);
    expect(a.unit).toBe(to);
    expect(a.trend[0]?.value).toBeCloseTo(expected, 0);
    expect(a.trend[0]?.text).toBe(text);
    if (unit !== to) expect(a.latest.converted).toMatchObject({ text, unit: to });
  });

  // Servers print micro as µ (U+00B5 MICRO SIGN) or μ (U+03BC GREEK SMALL LETTER MU), in `unit` only or
  // even in `code`; UCUM's code is `u`. Each must reach UCUM as `umol/L` and convert.
  it.each<[string, Quantity]>([
    ['µmol/L printed with µ (U+00B5) in unit, no code', { value: 106.08, unit: '\u00b5mol/L' }],
    ['μmol/L printed with μ (U+03BC) in unit, no code', { value: 106.08, unit: '\u03bcmol/L' }],
    [
      'µmol/L printed with µ in the UCUM code itself',
      { value: 106.08, unit: '\u00b5mol/L', system: UCUM, code: '\u00b5mol/L' },
    ],
    ['μmol/L printed with μ in the code, no system', { value: 106.08, code: '\u03bcmol/L' }],
  ])('creatinine %s -> 1.2 mg/dL', (_case, valueQuantity) => {
    const a = only([labObs('x', { code: loinc('2160-0'), valueQuantity })]);
    expect(a.latest.unconvertible).toBe(false);
    expect(a.latest.converted).toMatchObject({ text: '1.2', unit: 'mg/dL' });
    expect(a.latest.unit).toBe(valueQuantity.unit ?? valueQuantity.code);
  });

  it.each([
    ['UCUM micro u before mol', 'umol/L', 'µmol/L'],
    ['UCUM micro u before g', 'ug/L', 'µg/L'],
    ['micro u after a slash', 'mg/uL', 'mg/µL'],
    ['eGFR annotation', 'mL/min/{1.73_m2}', 'mL/min/1.73 m²'],
    ['cell counts', '10*3/uL', '10³/µL'],
    ['a word starting with u is not micro', 'units/L', 'units/L'],
    ['U/L (enzyme units) untouched', 'U/L', 'U/L'],
  ])('prints %s: %s as %s', (_case, ucum, printed) => {
    expect(printUnit(ucum)).toBe(printed);
  });

  it('normalizes both micro signs to UCUM u, and nothing else', () => {
    expect(normalizeUcum(' \u00b5mol/L ')).toBe('umol/L');
    expect(normalizeUcum('\u03bcg/dL')).toBe('ug/dL');
    expect(normalizeUcum('mEq/L')).toBe('mEq/L');
  });

  it('converts mg/dL to µmol/L and back through the creatinine molar mass (113.12 g/mol)', () => {
    expect(convertUnit(1.2, 'mg/dL', 'umol/L', { molarMass: 113.12 })).toBeCloseTo(106.08, 1);
    expect(convertUnit(106.08, 'umol/L', 'mg/dL', { molarMass: 113.12 })).toBeCloseTo(1.2, 2);
    expect(convertUnit(100, 'mg/dL', 'mmol/L', { molarMass: 180.16 })).toBeCloseTo(5.55, 2);
    expect(convertUnit(100, 'mg/dL', 'mmol/L')).toBeUndefined(); // no molar mass: refused, not guessed
  });

  it('shows an unknown unit as sent and keeps it out of the trend', () => {
    const s = summarize([
      labObs('a', { valueQuantity: ucumQty(4.3, 'mEq/Lx') }),
      labObs('b', {
        valueQuantity: ucumQty(4.1, 'mmol/L'),
        effectiveDateTime: '2026-09-01T13:30:00Z',
      }),
    ]);
    const a = s.analytes[0];
    expect(s.unconvertible).toBe(1);
    expect(a?.latest).toMatchObject({
      valueText: '4.3',
      unit: 'mEq/Lx',
      unconvertible: true,
      inTrend: false,
    });
    expect(a?.trend.map((p) => p.value)).toEqual([4.1]);
  });

  it('converts the reference band with the value, printed at the analyte precision', () => {
    const a = only([
      labObs('g', {
        code: loinc('14749-6'),
        valueQuantity: ucumQty(6.1, 'mmol/L'),
        referenceRange: [range(3.9, 5.5, 'mmol/L')],
      }),
    ]);
    expect(a.trend[0]).toMatchObject({ text: '110', bandText: '70–99' });
    expect(a.trend[0]?.low).toBeCloseTo(70.26, 1);
    expect(a.bandText).toBe('70–99');
    expect(a.latest.flag).toMatchObject({ code: 'H', computed: true });
  });
});

describe('unit length cap (issue 10: a 90 kB unit made UCUM parse for 8 s)', () => {
  const huge = 'mg/'.repeat(30_000);

  it.each([
    ['a unit one over the cap', 'm'.repeat(MAX_UCUM_LENGTH + 1)],
    ['a 90 kB unit', huge],
  ])('refuses %s before UCUM', (_case, unit) => {
    expect(convertUnit(1, unit, 'mg/dL')).toBeUndefined();
    expect(convertUnit(1, 'mg/dL', unit)).toBeUndefined();
    expect(convertUnit(1, unit, unit)).toBeUndefined();
  });

  it('keeps a unit of exactly the cap for UCUM to judge, and refuses one character more', () => {
    const unit = `mg{${'a'.repeat(MAX_UCUM_LENGTH - 7)}}/dL`; // an annotation pads it to the cap
    const over = `mg{${'a'.repeat(MAX_UCUM_LENGTH - 6)}}/dL`;
    expect(unit).toHaveLength(MAX_UCUM_LENGTH);
    expect(convertUnit(1, unit, 'g/L')).toBeCloseTo(0.01);
    expect(convertUnit(1, 'g/L', unit)).toBeCloseTo(100);
    expect(convertUnit(1, over, 'g/L')).toBeUndefined();
    expect(convertUnit(1, 'g/L', over)).toBeUndefined();
  });

  it('counts a result with a 90 kB unit as an unconvertible unit, and prints it clamped', () => {
    const s = summarize([labObs('k', { valueQuantity: ucumQty(4.2, huge) })]);
    expect(s.unconvertible).toBe(1);
    const latest = s.analytes[0]?.latest;
    expect(latest).toMatchObject({ valueText: '4.2', unconvertible: true, inTrend: false });
    expect(latest?.unit?.length).toBeLessThanOrEqual(MAX_UCUM_LENGTH);
    expect(latest?.unit?.endsWith('…')).toBe(true);
  });
});
