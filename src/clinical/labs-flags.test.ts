import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import {
  labObs,
  loinc,
  only,
  range,
  summarize,
  ucumQty,
} from '../../mocks/test-data/labs-fixtures';

const V3 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

describe('ranges and flags', () => {
  const k = (fields: Partial<Observation>) =>
    only([labObs('k', { valueQuantity: ucumQty(5.4, 'mmol/L'), ...fields })]);

  it.each([
    ['H', 'High', 'abnormal'],
    ['HH', 'Critical high', 'critical'],
    ['N', 'Normal', 'normal'],
  ])('the server interpretation %s wins over a range that disagrees', (code, label, severity) => {
    const interpretation = [{ coding: [{ system: V3, code, display: 'as the server says' }] }];
    expect(k({ interpretation, referenceRange: [range(1, 9, 'mmol/L')] }).latest.flag).toEqual({
      code,
      label,
      severity,
      computed: false,
    });
  });

  it('shows a text-only "critical" interpretation as critical', () => {
    expect(k({ interpretation: [{ text: 'Critical' }] }).latest.flag).toMatchObject({
      code: 'Critical',
      severity: 'critical',
    });
  });

  it.each([
    ['above high', 5.4, 3.5, 5.1, 'H'],
    ['below low', 3.2, 3.5, 5.1, 'L'],
    ['on the high bound (inclusive)', 5.1, 3.5, 5.1, 'N'],
    ['on the low bound (inclusive)', 3.5, 3.5, 5.1, 'N'],
    ['low-only range, below', 55, 60, undefined, 'L'],
    ['high-only range, above', 210, undefined, 200, 'H'],
  ])('computes a flag %s and marks it computed', (_case, value, low, high, code) => {
    const a = k({
      valueQuantity: ucumQty(value, 'mmol/L'),
      referenceRange: [range(low, high, 'mmol/L')],
    });
    expect(a.latest.flag).toMatchObject({ code, computed: true });
  });

  it('computes no flag from a text-only range', () => {
    expect(k({ referenceRange: [{ text: '3.5-5.1' }] }).latest.flag).toBeUndefined();
    expect(k({ referenceRange: [{ text: '3.5-5.1' }] }).latest.rangeText).toBe('3.5-5.1');
  });

  it('ignores a broken range (low > high), counts it and says so', () => {
    const s = summarize([
      labObs('k', {
        valueQuantity: ucumQty(4, 'mmol/L'),
        referenceRange: [range(5.1, 3.5, 'mmol/L')],
      }),
    ]);
    expect(s.brokenRanges).toBe(1);
    expect(s.analytes[0]?.latest.flag).toBeUndefined();
    expect(s.analytes[0]?.latest.rangeText).toMatch(/ignored/);
    expect(s.analytes[0]?.trend[0]?.high).toBeUndefined();
  });

  it('uses a sex-specific range (appliesTo) only when the sex is known and matches', () => {
    const male = {
      coding: [{ system: 'http://snomed.info/sct', code: '248153007' }],
      text: 'Male',
    };
    const female = {
      coding: [{ system: 'http://snomed.info/sct', code: '248152002' }],
      text: 'Female',
    };
    const obs = labObs('c', {
      code: loinc('2160-0'),
      valueQuantity: ucumQty(1.2, 'mg/dL'),
      referenceRange: [
        { ...range(0.74, 1.35, 'mg/dL'), appliesTo: [male] },
        { ...range(0.59, 1.04, 'mg/dL'), appliesTo: [female] },
      ],
    });
    expect(only([obs]).latest.flag).toBeUndefined();
    expect(only([obs], 'male').latest.flag?.code).toBe('N');
    expect(only([obs], 'female').latest.flag?.code).toBe('H');
    expect(only([obs]).latest.rangeText).toBe('0.74–1.35 mg/dL (Male); 0.59–1.04 mg/dL (Female)');
  });

  // Range bounds are SimpleQuantity: FHIR R4 constraint sqty-1 forbids a comparator on them.
  it.each([
    [
      'a `<` comparator on the low bound',
      {
        low: { ...ucumQty(3.5, 'mmol/L'), comparator: '<' as const },
        high: ucumQty(5.1, 'mmol/L'),
      },
      '<3.5–5.1 mmol/L',
    ],
    [
      'a `>=` comparator on the high bound',
      {
        low: ucumQty(3.5, 'mmol/L'),
        high: { ...ucumQty(5.1, 'mmol/L'), comparator: '>=' as const },
      },
      '3.5–>=5.1 mmol/L',
    ],
    [
      'a `<` comparator on a low-only range',
      { low: { ...ucumQty(60, 'mmol/L'), comparator: '<' as const } },
      '<60 mmol/L',
    ],
  ])('%s: printed as sent, never used to flag or draw a band', (_case, r, text) => {
    const a = k({ valueQuantity: ucumQty(3.4, 'mmol/L'), referenceRange: [r] });
    expect(a.latest.rangeText).toBe(text);
    expect(a.latest.flag).toBeUndefined();
    expect(a.trend[0]?.bandText).toBeUndefined();
  });

  it('a `<` comparator on one range does not stop a clean range after it from flagging', () => {
    const bad = { low: { ...ucumQty(3.5, 'mmol/L'), comparator: '<' as const } };
    const a = k({
      valueQuantity: ucumQty(3.4, 'mmol/L'),
      referenceRange: [bad, range(3.5, 5.1, 'mmol/L')],
    });
    expect(a.latest.flag).toMatchObject({ code: 'L', computed: true });
  });

  it('never uses a therapeutic range as the reference range', () => {
    const therapeutic = { ...range(2, 3, 'mmol/L'), type: { coding: [{ code: 'therapeutic' }] } };
    expect(k({ referenceRange: [therapeutic] }).latest.flag).toBeUndefined();
  });
});

describe('comparators, coded and string results', () => {
  it.each([
    ['<0.5 against high 3 only', '<', 0.5, undefined, 3, 'N'],
    ['<0.5 against low 1', '<', 0.5, 1, 3, 'L'],
    ['<0.5 against 0.2-3 (undecided)', '<', 0.5, 0.2, 3, undefined],
    ['>200 against high 200', '>', 200, undefined, 200, 'H'],
  ] as const)('%s', (_case, comparator, value, low, high, code) => {
    const a = only([
      labObs('c', {
        code: loinc('30522-7'),
        valueQuantity: ucumQty(value, 'mg/L', comparator),
        referenceRange: [range(low, high, 'mg/L')],
      }),
    ]);
    expect(a.latest.valueText).toBe(`${comparator}${value}`);
    expect(a.latest.flag?.code).toBe(code);
    expect(a.trend).toEqual([]); // a bound is not a measurement: kept out of the trend
  });

  it('shows coded and string results in the table, not in the trend', () => {
    const s = summarize([
      labObs('p', {
        code: loinc('2888-6'),
        valueCodeableConcept: { text: 'Trace' },
        referenceRange: [{ text: 'Negative' }],
      }),
      labObs('u', { code: loinc('5767-9'), valueString: 'Clear' }),
    ]);
    expect(s.analytes.map((a) => [a.latest.valueText, a.trend.length])).toEqual([
      ['Trace', 0],
      ['Clear', 0],
    ]);
  });
});
