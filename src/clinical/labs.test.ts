import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { readLabs } from '../fhir/labs';
import { type AnalyteSummary, summarizeLabs } from './labs';

function labObs(id: string, fields: Partial<Observation>): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }], text: 'Potassium' },
    effectiveDateTime: '2026-10-01T13:30:00Z',
    ...fields,
  };
}
const ucumQty = (value: number, code: string, comparator?: '<' | '<=' | '>=' | '>') => ({
  value,
  unit: code,
  system: 'http://unitsofmeasure.org',
  code,
  ...(comparator ? { comparator } : {}),
});

const loinc = (code: string, text?: string) => ({
  coding: [{ system: 'http://loinc.org', code }],
  ...(text ? { text } : {}),
});
const summarize = (obs: Observation[], sex?: 'male' | 'female') =>
  summarizeLabs(readLabs(obs), sex ? { sex } : {});
const only = (obs: Observation[], sex?: 'male' | 'female'): AnalyteSummary => {
  const [a] = summarize(obs, sex).analytes;
  if (!a) throw new Error('no analyte');
  return a;
};
const range = (low: number | undefined, high: number | undefined, unit: string) => ({
  ...(low !== undefined ? { low: ucumQty(low, unit) } : {}),
  ...(high !== undefined ? { high: ucumQty(high, unit) } : {}),
});

describe('grouping by analyte', () => {
  it.each([
    ['creatinine', '2160-0', '38483-4'],
    ['potassium', '2823-3', '6298-4'],
    ['egfr', '98979-8', '62238-1'],
    ['egfr', '62238-1', '33914-3'],
    ['glucose', '2345-7', '14749-6'],
  ])('groups %s codes %s and %s as one analyte', (key, a, b) => {
    const s = summarize([
      labObs('a', { code: loinc(a), valueQuantity: ucumQty(1, 'mg/dL') }),
      labObs('b', { code: loinc(b), valueQuantity: ucumQty(1, 'mg/dL') }),
    ]);
    expect(s.analytes.map((x) => x.key)).toEqual([key]);
    expect(s.analytes[0]?.rows).toHaveLength(2);
  });

  it('groups an unknown code by its own system|code, and a code without coding by its text', () => {
    const s = summarize([
      labObs('a', {
        code: { coding: [{ system: 'urn:local', code: 'BNP' }], text: 'BNP' },
        valueQuantity: ucumQty(5, 'pg/mL'),
      }),
      labObs('b', { code: { text: 'Vitamin D' }, valueQuantity: ucumQty(30, 'ng/mL') }),
    ]);
    expect(s.analytes.map((x) => x.key).sort()).toEqual(['text:vitamin d', 'urn:local|BNP']);
  });

  it('matches the analyte on any coding, not the first', () => {
    const code = {
      coding: [
        { system: 'urn:local', code: 'K' },
        { system: 'http://loinc.org', code: '2823-3' },
      ],
    };
    expect(only([labObs('a', { code, valueQuantity: ucumQty(4, 'mmol/L') })]).key).toBe(
      'potassium',
    );
  });

  it('skips entered-in-error and counts what has no code or no value', () => {
    const s = summarize([
      labObs('eie', { status: 'entered-in-error', valueQuantity: ucumQty(9.9, 'mmol/L') }),
      labObs('nocode', { code: {}, valueQuantity: ucumQty(1, 'mmol/L') }),
      labObs('novalue', {}),
      labObs('ok', { valueQuantity: ucumQty(4, 'mmol/L') }),
    ]);
    expect(s.unreadable).toBe(2);
    expect(s.analytes[0]?.rows.map((r) => r.id)).toEqual(['Observation/ok']);
  });

  it('puts hypertension-relevant analytes first, then the rest alphabetically', () => {
    const codes = [
      '2093-3',
      '2571-8',
      '13457-7',
      '4548-4',
      '9318-7',
      '98979-8',
      '2160-0',
      '2951-2',
      '2823-3',
    ];
    const s = summarize([
      ...codes.map((c, i) =>
        labObs(`x${i}`, { code: loinc(c), valueQuantity: ucumQty(1, 'mg/dL') }),
      ),
      labObs('z', { code: { text: 'Alkaline phosphatase' }, valueQuantity: ucumQty(1, 'U/L') }),
    ]);
    expect(s.analytes.map((a) => a.name)).toEqual([
      'Potassium',
      'Sodium',
      'Creatinine',
      'eGFR',
      'Urine albumin/creatinine',
      'HbA1c',
      'LDL cholesterol',
      'Alkaline phosphatase',
      'Total cholesterol',
      'Triglycerides',
    ]);
  });
});

describe('ranges and flags', () => {
  const k = (fields: Partial<Observation>) =>
    only([labObs('k', { valueQuantity: ucumQty(5.4, 'mmol/L'), ...fields })]);

  it.each([
    ['H', 'High', 'abnormal'],
    ['L', 'Low', 'abnormal'],
    ['HH', 'Critical high', 'critical'],
    ['LL', 'Critical low', 'critical'],
    ['A', 'Abnormal', 'abnormal'],
    ['N', 'Normal', 'normal'],
  ])('shows the server interpretation %s as is', (code, display, severity) => {
    const interpretation = [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
            code,
            display,
          },
        ],
      },
    ];
    // A range that disagrees with the server: the server's flag still wins.
    expect(k({ interpretation, referenceRange: [range(1, 9, 'mmol/L')] }).latest.flag).toEqual({
      code,
      label: display,
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

describe('unit conversion through UCUM', () => {
  it.each([
    ['creatinine µmol/L -> mg/dL', '14682-9', 97, 'umol/L', 'mg/dL', 1.1],
    ['creatinine µmol/L printed with µ', '2160-0', 106.08, 'µmol/L', 'mg/dL', 1.2],
    ['glucose mmol/L -> mg/dL', '14749-6', 5.55, 'mmol/L', 'mg/dL', 100],
    ['cholesterol mmol/L -> mg/dL', '14647-2', 5.17, 'mmol/L', 'mg/dL', 200],
    ['triglycerides mmol/L -> mg/dL', '14927-8', 1.7, 'mmol/L', 'mg/dL', 151],
    ['potassium mEq/L -> mmol/L', '2823-3', 4.2, 'meq/L', 'mmol/L', 4.2],
  ])('%s', (_case, code, value, unit, to, expected) => {
    const obs = labObs('x', {
      code: loinc(code),
      valueQuantity: {
        value,
        unit,
        system: 'http://unitsofmeasure.org',
        code: unit.replace('µ', 'u'),
      },
    });
    const a = only([obs]);
    expect(a.unit).toBe(to);
    expect(a.trend[0]?.value).toBeCloseTo(expected, 0);
    expect(a.latest.converted).toEqual({ value: a.trend[0]?.value, unit: to });
  });

  it('converts mg/dL to µmol/L and back through the creatinine molar mass (113.12 g/mol)', async () => {
    const { convertUnit } = await import('./ucum');
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

  it('converts the reference band with the value', () => {
    const a = only([
      labObs('g', {
        code: loinc('14749-6'),
        valueQuantity: ucumQty(6.1, 'mmol/L'),
        referenceRange: [range(3.9, 5.5, 'mmol/L')],
      }),
    ]);
    expect(a.trend[0]).toMatchObject({ value: 110, low: 70.3, high: 99.1 });
    expect(a.latest.flag).toMatchObject({ code: 'H', computed: true });
  });
});
