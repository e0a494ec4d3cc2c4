/**
 * Values at their analyte's clinical precision (labs-analytes-table.ts: the resolution laboratories
 * commonly report each analyte at), never more decimals than the server sent, the stored value kept.
 */
import { describe, expect, it } from 'vitest';
import { ANALYTES } from './labs-analytes';
import { quantityNumber, rangeText } from './labs-format';
import {
  decimalsSent,
  formatComputed,
  formatLabNumber,
  plainDecimal,
  roundDecimal,
  significantDecimals,
  tableDecimals,
} from './labs-precision';
import { labObs, loinc, only, range, ucumQty } from '../../mocks/test-data/labs-fixtures';

const analyte = (key: string) => ANALYTES.find((a) => a.key === key);

describe('each analyte at its reporting precision', () => {
  it.each([
    ['eGFR integer', '98979-8', 71.4023558194721, 'mL/min/{1.73_m2}', '71'],
    ['potassium 1 decimal', '2823-3', 4.0193820458122, 'mmol/L', '4.0'],
    ['sodium integer', '2951-2', 139.6, 'mmol/L', '140'],
    ['creatinine 2 decimals (mg/dL)', '2160-0', 0.84512, 'mg/dL', '0.85'],
    ['creatinine integer (µmol/L)', '14682-9', 87.4, 'umol/L', '87'],
    ['glucose integer (mg/dL)', '2345-7', 98.46, 'mg/dL', '98'],
    ['glucose 1 decimal (mmol/L)', '14749-6', 5.4632, 'mmol/L', '5.5'],
    ['HbA1c 1 decimal', '4548-4', 5.8666, '%', '5.9'],
    ['LDL integer (mg/dL)', '13457-7', 112.5, 'mg/dL', '113'],
    ['LDL 2 decimals (mmol/L)', '18262-6', 2.5923, 'mmol/L', '2.59'],
    ['BUN integer', '3094-0', 15.49, 'mg/dL', '15'],
    ['hemoglobin 1 decimal', '718-7', 13.849, 'g/dL', '13.8'],
    ['platelets integer', '777-3', 254.6, '10*3/uL', '255'],
    ['MCV 1 decimal', '787-2', 88.123, 'fL', '88.1'],
  ])('%s: %s %s %s -> %s', (_case, code, value, unit, shown) => {
    const a = only([labObs('x', { code: loinc(code), valueQuantity: ucumQty(value, unit) })]);
    expect(a.latest.valueText).toBe(shown);
    expect(a.latest.storedValue).toBe(String(value));
  });

  it('never shows more decimals than sent: potassium 5 stays "5", not "5.0"', () => {
    const a = only([labObs('k', { valueQuantity: ucumQty(5, 'mmol/L') })]);
    expect(a.latest.valueText).toBe('5');
    expect(a.latest.storedValue).toBeUndefined();
  });

  it('unknown analyte: three significant figures', () => {
    const a = only([
      labObs('x', {
        code: { coding: [{ system: 'urn:local', code: 'X' }], text: 'Local test' },
        valueQuantity: ucumQty(0.084512, 'mg/L'),
      }),
    ]);
    expect(a.latest.valueText).toBe('0.0845');
  });

  it('a known analyte in a unit the table does not list: three significant figures', () => {
    expect(quantityNumber({ value: 4.01938, ucum: 'mg/dL' }, analyte('potassium')).text).toBe(
      '4.02',
    );
  });

  it('a comparator value is a detection limit: printed exactly as sent, never rounded', () => {
    const q = { value: 0.05, comparator: '<' as const, ucum: 'mg/dL' };
    expect(quantityNumber(q, analyte('creatinine')).text).toBe('<0.05');
  });

  it('range bounds print with the same precision as values', () => {
    const r = { ...range(59.9999, 120.00001, 'mL/min/{1.73_m2}'), appliesTo: [] };
    const low = r.low && { value: r.low.value, ucum: r.low.code, unit: r.low.unit };
    const high = r.high && { value: r.high.value, ucum: r.high.code, unit: r.high.unit };
    expect(rangeText({ low, high, appliesTo: [] }, analyte('egfr'))).toBe('60–120 mL/min/1.73 m²');
  });

  it('matches the table unit case-insensitively (mEq/L as printed by some servers)', () => {
    expect(tableDecimals(analyte('potassium'), 'mEq/L')).toBe(1);
    expect(tableDecimals(analyte('potassium'), 'µmol/L')).toBeUndefined();
    expect(tableDecimals(undefined, 'mmol/L')).toBeUndefined();
  });
});

describe('decimal arithmetic on the digits as sent', () => {
  it.each([
    ['half away from zero', '4.45', 1, '4.5'],
    ['a binary float that toFixed rounds down (1.005)', '1.005', 2, '1.01'],
    ['carry into the integer part', '9.96', 1, '10.0'],
    ['carry into a new digit', '99.95', 1, '100.0'],
    ['to an integer', '71.5', 0, '72'],
    ['negative', '-2.45', 1, '-2.5'],
    ['negative rounding to zero drops the sign', '-0.04', 1, '0.0'],
    ['never pads', '5', 2, '5'],
  ])('%s: %s to %d -> %s', (_case, plain, d, out) => {
    expect(roundDecimal(plain, d)).toBe(out);
  });

  it.each([
    [1e-7, '0.0000001'],
    [1.5e-8, '0.000000015'],
    [1e21, '1000000000000000000000'],
    [1.25e22, '12500000000000000000000'],
    [4.0193820458122, '4.0193820458122'],
  ])('plainDecimal(%d) = %s', (v, s) => {
    expect(plainDecimal(v)).toBe(s);
  });

  it.each([
    [71.4, 1],
    [0.845, 3],
    [1254, 0],
    [0, 0],
    [-0.0123, 4],
  ])('three significant figures of %d need %d decimals', (v, d) => {
    expect(significantDecimals(v)).toBe(d);
  });

  it('counts decimals sent, exponent forms included', () => {
    expect([decimalsSent(5), decimalsSent(5.25), decimalsSent(1e-7)]).toEqual([0, 2, 7]);
  });

  it('keeps the stored value only when rounding changed the text', () => {
    expect(formatLabNumber(4.2, 1)).toEqual({ text: '4.2' });
    expect(formatLabNumber(4.25, 1)).toEqual({ text: '4.3', stored: '4.25' });
  });

  it('computed values drop trailing zeros: 97 µmol/L is 1.097 mg/dL, printed 1.1 not 1.10', () => {
    expect(formatComputed(1.0973, 2)).toBe('1.1');
    expect(formatComputed(109.8976, 0)).toBe('110');
    expect(formatComputed(0.3000000000000003, 1)).toBe('0.3');
  });
});
