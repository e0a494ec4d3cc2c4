/**
 * De-duplication (medications.ts): the request wins over a statement of the same drug whichever comes
 * first, and the class text of a combination (the mutation run found both unpinned).
 */
import { describe, expect, it } from 'vitest';
import { medEntry } from '../../mocks/test-data/medication-entry';
import { classText, dedupeMedications } from './medications';

const request = medEntry({
  id: 'MedicationRequest/r',
  name: 'lisinopril 10 MG Oral Tablet',
  rxnorm: ['314076'],
});
const statement = medEntry({
  id: 'MedicationStatement/s',
  source: 'statement',
  name: 'Lisinopril 10 mg tablet',
  rxnorm: ['314076'],
});
const other = medEntry({
  id: 'MedicationStatement/o',
  source: 'statement',
  name: 'amlodipine 5 MG Oral Tablet',
});

describe('the request is kept, the statement folded into it', () => {
  it.each([
    ['request first', [request, statement, other]],
    ['statement first', [statement, request, other]],
    ['statement first, another statement between', [statement, other, request]],
  ])('%s', (_name, entries) => {
    expect(dedupeMedications(entries).map((m) => [m.id, m.duplicates])).toEqual([
      ['MedicationRequest/r', ['MedicationStatement/s']],
      ['MedicationStatement/o', []],
    ]);
  });
});

describe('class text', () => {
  it.each([
    [
      'a combination joins its classes with +',
      ['ace-inhibitor', 'thiazide'] as const,
      'ACE inhibitor + Thiazide diuretic',
    ],
    ['one class', ['arb'] as const, 'ARB'],
  ])('%s', (_name, classes, text) => {
    expect(classText([...classes])).toBe(text);
  });
});
