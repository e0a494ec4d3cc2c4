import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabs } from '../fhir/labs';
import { confusedLab } from '../../mocks/test-data/labs-arbitraries';
import { summarizeLabs } from './labs';
import { labObs, loinc, only, summarize, ucumQty } from '../../mocks/test-data/labs-fixtures';

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
    expect(s.unreadable).toEqual([
      { label: 'Observation/nocode', reason: 'no test name or code' },
      { label: 'Observation/novalue', reason: 'no result value' },
    ]);
    expect(s.analytes[0]?.rows.map((r) => r.id)).toEqual(['Observation/ok']);
  });

  it('within one tier (no flags, no changes): hypertension-relevant analytes first, then the rest alphabetically', () => {
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

describe('property: summarizeLabs on type-confused Observations', () => {
  it('never throws; every readable result is a row or counted unreadable', () => {
    fc.assert(
      fc.property(fc.array(confusedLab, { maxLength: 8 }), (input) => {
        const read = readLabs(input);
        const s = summarizeLabs(read);
        const rows = s.analytes.reduce((n, a) => n + a.rows.length, 0);
        expect(rows + s.unreadable.length).toBe(read.results.length + read.unreadable.length);
        for (const a of s.analytes) expect(typeof a.latest.valueText).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
