/**
 * Lab value, range and band text (labs-format.ts) at each case the mutation run found unpinned: which
 * unit sets the precision, one-sided and text-only ranges, populations, absent values and bands.
 */
import { describe, expect, it } from 'vitest';
import type { LabQuantity, LabRange } from '../fhir/labs';
import { ANALYTES } from './labs-analytes';
import { bandText, quantityNumber, rangeText, valueText } from './labs-format';

const potassium = ANALYTES.find((a) => a.key === 'potassium');
const q = (value: number, extra: Partial<LabQuantity> = {}): LabQuantity => ({ value, ...extra });
const range = (fields: Partial<LabRange>): LabRange => ({ appliesTo: [], ...fields });

describe('a value at its analyte’s precision', () => {
  it.each([
    [
      'the UCUM code decides (1 decimal for mmol/L)',
      q(4.26, { ucum: 'mmol/L', unit: 'mmol per L' }),
      '4.3',
    ],
    ['without a code, the printed unit decides', q(4.26, { unit: 'mmol/L' }), '4.3'],
  ])('%s', (_name, quantity, text) => {
    expect(quantityNumber(quantity, potassium).text).toBe(text);
  });
  it.each([
    ['coded', { kind: 'coded', text: 'Positive' } as const, 'Positive'],
    [
      'absent, with why',
      { kind: 'absent', text: 'sample haemolysed' } as const,
      'No value (sample haemolysed)',
    ],
  ])('%s', (_name, v, text) => {
    expect(valueText(v, potassium)).toEqual({ text });
  });
});

describe('a reference range as printed (FHIR bounds are inclusive)', () => {
  it.each([
    [
      'both bounds',
      range({ low: q(3.5, { unit: 'mmol/L' }), high: q(5.1, { unit: 'mmol/L' }) }),
      '3.5–5.1 mmol/L',
    ],
    ['low only', range({ low: q(3.5, { unit: 'mmol/L' }) }), '≥ 3.5 mmol/L'],
    ['high only', range({ high: q(5.1, { unit: 'mmol/L' }) }), '≤ 5.1 mmol/L'],
    ['high only with a comparator: as sent', range({ high: q(5.1, { comparator: '<' }) }), '<5.1'],
    ['low only with a comparator: as sent', range({ low: q(3.5, { comparator: '>' }) }), '>3.5'],
    ['high only, no unit', range({ high: q(5.1) }), '≤ 5.1'],
    ['text only', range({ text: 'see report' }), 'see report'],
    ['nothing at all', range({}), ''],
    [
      'for a population',
      range({ low: q(3.5), high: q(5.1), appliesTo: [{ text: 'Adults' }, {}, { text: 'Female' }] }),
      '3.5–5.1 (Adults, Female)',
    ],
  ])('%s', (_name, r, text) => {
    expect(rangeText(r, potassium)).toBe(text);
  });
});

describe('a band in the analyte’s unit', () => {
  it.each([
    ['both ends', 3.5, 5.1, '3.5–5.1'],
    ['low only', 60, undefined, '≥ 60'],
    ['high only', undefined, 200, '≤ 200'],
    ['neither', undefined, undefined, undefined],
  ])('%s', (_name, low, high, text) => {
    expect(bandText(low, high, 1)).toBe(text);
  });
});
