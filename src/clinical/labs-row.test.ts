/**
 * One lab result as a row and a trend point (labs-row): which values reach the trend, a range bound
 * without a unit read in the value's unit, when a flag is computed from the range, when the converted
 * value is shown, and the dates each carries.
 */
import { describe, expect, it } from 'vitest';
import { labObs, loinc, only, ucumQty } from '../../mocks/test-data/labs-fixtures';

const K = loinc('2823-3');
const bnp = { coding: [{ system: 'urn:local', code: 'BNP' }], text: 'BNP' };
const bare = (low?: number, high?: number) => [
  {
    ...(low !== undefined ? { low: { value: low } } : {}),
    ...(high !== undefined ? { high: { value: high } } : {}),
  },
];

describe('which results reach the trend', () => {
  it.each<[string, object, { unconvertible: boolean; inTrend: boolean }]>([
    [
      'a UCUM quantity of a known analyte',
      { code: K, valueQuantity: ucumQty(4.2, 'mmol/L') },
      { unconvertible: false, inTrend: true },
    ],
    [
      'a text result: neither',
      { code: K, valueString: 'haemolysed' },
      { unconvertible: false, inTrend: false },
    ],
    [
      'a unit that is not UCUM',
      { code: K, valueQuantity: { value: 4.2, unit: 'millimoles a litre' } },
      { unconvertible: true, inTrend: false },
    ],
    [
      'a bare number of a known analyte',
      { code: K, valueQuantity: { value: 4.2 } },
      { unconvertible: true, inTrend: false },
    ],
    [
      'a bare number of an unknown analyte',
      { code: bnp, valueQuantity: { value: 40 } },
      { unconvertible: false, inTrend: true },
    ],
    [
      'a comparator value: not drawn',
      { code: K, valueQuantity: ucumQty(2, 'mmol/L', '<') },
      { unconvertible: false, inTrend: false },
    ],
    [
      'no date: not drawn',
      { code: K, effectiveDateTime: undefined, valueQuantity: ucumQty(4.2, 'mmol/L') },
      { unconvertible: false, inTrend: false },
    ],
  ])('%s', (_case, fields, expected) => {
    expect(only([labObs('a', fields)]).latest).toMatchObject(expected);
  });

  it('a text result keeps its date and precision', () => {
    const row = only([
      labObs('a', { code: K, valueString: 'see note', effectiveDateTime: '2026-10-01' }),
    ]).latest;
    expect(row).toMatchObject({ t: Date.UTC(2026, 9, 1, 12), precision: 'day' });
  });

  it('an undated result has no date keys', () => {
    const row = only([
      labObs('a', { code: K, effectiveDateTime: undefined, valueString: 'x' }),
    ]).latest;
    expect(row).not.toHaveProperty('t');
    expect(row).not.toHaveProperty('precision');
  });
});

describe('flags computed from the range (no server flag)', () => {
  it.each<[string, object[], string | undefined]>([
    ['bounds without a unit are in the value unit: high', bare(3.5, 5.1), 'H'],
    ['only a high bound without a unit', bare(undefined, 5.1), 'H'],
    ['only a low bound without a unit: above it is normal', bare(3.5), 'N'],
    ['only a low bound without a unit: under it is low', bare(6), 'L'],
    [
      'a bound in a unit that cannot be converted: no flag',
      [{ low: ucumQty(3.5, 'mmol/L'), high: ucumQty(5.1, 'kg') }],
      undefined,
    ],
    [
      'a low bound that cannot be converted: no flag',
      [{ low: ucumQty(3.5, 'kg'), high: ucumQty(5.1, 'mmol/L') }],
      undefined,
    ],
  ])('%s', (_case, referenceRange, code) => {
    const row = only([
      labObs('a', { code: K, valueQuantity: ucumQty(5.5, 'mmol/L'), referenceRange }),
    ]).latest;
    expect(row.flag?.code).toBe(code);
  });
});

describe('the trend point', () => {
  it('carries the range in the analyte unit, the flag and the date precision', () => {
    const [point] = only([
      labObs('a', {
        code: K,
        effectiveDateTime: '2026-10-01',
        valueQuantity: ucumQty(5.5, 'mmol/L'),
        referenceRange: bare(3.5, 5.1),
      }),
    ]).trend;
    expect(point).toMatchObject({
      value: 5.5,
      low: 3.5,
      high: 5.1,
      precision: 'day',
      flag: { code: 'H' },
    });
  });

  it('no range: no low, no high, no flag', () => {
    const [point] = only([labObs('a', { code: K, valueQuantity: ucumQty(4.2, 'mmol/L') })]).trend;
    expect(point).not.toHaveProperty('low');
    expect(point).not.toHaveProperty('high');
    expect(point).not.toHaveProperty('flag');
  });

  it('only a low bound: no high', () => {
    const [point] = only([
      labObs('a', { code: K, valueQuantity: ucumQty(4.2, 'mmol/L'), referenceRange: bare(3.5) }),
    ]).trend;
    expect(point).toMatchObject({ low: 3.5 });
    expect(point).not.toHaveProperty('high');
  });
});

describe('the converted value', () => {
  it.each<[string, object, boolean]>([
    ['another unit: shown converted', ucumQty(88.4, 'umol/L'), true],
    ['the analyte unit: not repeated', ucumQty(1, 'mg/dL'), false],
    ['a unit UCUM cannot convert: none', ucumQty(1, 'kg'), false],
  ])('%s', (_case, valueQuantity, shown) => {
    const row = only([labObs('a', { code: loinc('2160-0'), valueQuantity })]).latest;
    expect(row.converted !== undefined).toBe(shown);
    if (shown) expect(row.converted).toMatchObject({ unit: 'mg/dL' });
  });
});
