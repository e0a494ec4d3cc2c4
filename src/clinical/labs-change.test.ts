/** Change since the previous result (reference change value), and the ranking of the overview. */
import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RCV, compareAnalytes } from './labs-change';
import { labObs, loinc, only, summarize, ucumQty } from '../../mocks/test-data/labs-fixtures';

const V3 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const flag = (code: string) => [{ coding: [{ system: V3, code }] }];

/** Two results of one analyte: previous on 1 Sep, latest on 1 Oct 2026. */
function pair(
  code: string,
  unit: string,
  previous: number,
  latest: number,
  extra: Partial<Observation> = {},
) {
  return [
    labObs(`${code}-1`, {
      code: loinc(code),
      valueQuantity: ucumQty(previous, unit),
      effectiveDateTime: '2026-09-01',
    }),
    labObs(`${code}-2`, { code: loinc(code), valueQuantity: ucumQty(latest, unit), ...extra }),
  ];
}

describe('change since the previous result', () => {
  it.each([
    // Potassium RCV 12 %: 0.5 on 4.3 is 11.6 %, 0.6 is 14 %.
    ['potassium up 0.6 (beyond 12 %)', '2823-3', 'mmol/L', 4.3, 4.9, 'up', '0.6', true],
    ['potassium up 0.5 (within 12 %)', '2823-3', 'mmol/L', 4.3, 4.8, 'up', '0.5', false],
    // Sodium RCV 3 %: 5 on 140 is 3.6 %, 4 is 2.9 %.
    ['sodium down 5 (beyond 3 %)', '2951-2', 'mmol/L', 140, 135, 'down', '5', true],
    ['sodium down 4 (within 3 %)', '2951-2', 'mmol/L', 140, 136, 'down', '4', false],
    ['creatinine up 0.29 on 1.05 (beyond 14 %)', '2160-0', 'mg/dL', 1.05, 1.34, 'up', '0.29', true],
    ['HbA1c up 0.3 on 5.6 (beyond 5 %)', '4548-4', '%', 5.6, 5.9, 'up', '0.3', true],
    [
      'a change that prints as 0 is no change',
      '98979-8',
      'mL/min/{1.73_m2}',
      71.2,
      70.9,
      'none',
      '0',
      false,
    ],
    [
      'the change is between the printed values: 71.4 -> 70.6 both print 71',
      '98979-8',
      'mL/min/{1.73_m2}',
      71.4,
      70.6,
      'none',
      '0',
      false,
    ],
    [
      'eGFR down 6 from 64 to 58 (within 15 %)',
      '98979-8',
      'mL/min/{1.73_m2}',
      64,
      58,
      'down',
      '6',
      false,
    ],
    [
      'eGFR down 12 from 74 to 62 (beyond 15 %)',
      '98979-8',
      'mL/min/{1.73_m2}',
      74,
      62,
      'down',
      '12',
      true,
    ],
  ] as const)('%s', (_case, code, unit, previous, latest, direction, deltaText, significant) => {
    const a = only(pair(code, unit, previous, latest));
    expect(a.change).toMatchObject({ direction, deltaText, significant });
    expect(a.tier).toBe(significant ? 'changed' : 'other');
  });

  it(`an analyte without biological-variation data changes at ${DEFAULT_RCV * 100} %`, () => {
    const local = (v: number, d: string) =>
      labObs(`l-${v}`, {
        code: { text: 'Local test' },
        valueQuantity: ucumQty(v, 'mg/L'),
        effectiveDateTime: d,
      });
    expect(only([local(10, '2026-01-01'), local(12.6, '2026-02-01')]).change?.significant).toBe(
      true,
    );
    expect(only([local(10, '2026-01-01'), local(12.4, '2026-02-01')]).change?.significant).toBe(
      false,
    );
  });

  it('compares in the analyte unit across units (97 µmol/L after 0.98 mg/dL)', () => {
    const a = only([
      labObs('c1', {
        code: loinc('2160-0'),
        valueQuantity: ucumQty(0.98, 'mg/dL'),
        effectiveDateTime: '2026-05-01',
      }),
      labObs('c2', { code: loinc('14682-9'), valueQuantity: ucumQty(97, 'umol/L') }),
    ]);
    expect(a.change).toMatchObject({ direction: 'up', deltaText: '0.12' });
    expect(a.change?.previous.text).toBe('0.98');
  });

  it.each([
    ['the latest is text', { valueString: 'see note' }],
    ['the latest is a bound', { valueQuantity: ucumQty(0.5, 'mmol/L', '<') }],
  ])('no change when %s', (_case, latest) => {
    const [prev] = pair('2823-3', 'mmol/L', 4.3, 4.3);
    const obs = labObs('k-latest', latest);
    expect(only(prev ? [prev, obs] : [obs]).change).toBeUndefined();
  });

  it('no change for a single result', () => {
    expect(only([labObs('k', { valueQuantity: ucumQty(4.3, 'mmol/L') })]).change).toBeUndefined();
  });
});

describe('ranking: critical, abnormal, changed, then the rest', () => {
  it('orders by tier first, hypertension relevance within a tier', () => {
    const s = summarize([
      ...pair('2951-2', 'mmol/L', 140, 139), // sodium: relevant, unchanged -> other
      ...pair('2093-3', 'mg/dL', 200, 150), // cholesterol: changed 25 % (> 16 %)
      ...pair('4548-4', '%', 5.6, 6.1, { interpretation: flag('H') }), // HbA1c: abnormal
      ...pair('718-7', 'g/dL', 13, 6.1, { interpretation: flag('LL') }), // hemoglobin: critical
      ...pair('2823-3', 'mmol/L', 4.3, 5.4, { interpretation: flag('H') }), // potassium: abnormal
      ...pair('2160-0', 'mg/dL', 1.0, 1.02, { interpretation: flag('B') }), // creatinine: "better" is not abnormal
      ...pair('3094-0', 'mg/dL', 15, 30, { interpretation: flag('HU') }), // BUN: HU is abnormal, not critical
    ]);
    expect(s.analytes.map((a) => [a.name, a.tier])).toEqual([
      ['Hemoglobin', 'critical'],
      ['Potassium', 'abnormal'],
      ['HbA1c', 'abnormal'],
      ['Urea nitrogen (BUN)', 'abnormal'],
      ['Total cholesterol', 'changed'],
      ['Sodium', 'other'],
      ['Creatinine', 'other'],
    ]);
  });

  it.each([
    [
      'relevance before name',
      { tier: 'other', relevance: 3, name: 'Z' },
      { tier: 'other', name: 'A' },
      -1,
    ],
    [
      'name when neither is relevant',
      { tier: 'other', name: 'b' },
      { tier: 'other', name: 'A' },
      1,
    ],
    [
      'tier before relevance',
      { tier: 'changed', name: 'X' },
      { tier: 'other', relevance: 0, name: 'Y' },
      -1,
    ],
  ] as const)('%s', (_case, a, b, sign) => {
    expect(Math.sign(compareAnalytes(a, b))).toBe(sign);
  });
});
