/** The group key of a lab code: its analyte, else its own code (LOINC preferred), else its text. */
import type { CodeableConcept } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { groupKeyOf } from './labs-analytes';

const L = 'http://loinc.org';

describe('groupKeyOf', () => {
  it.each<[string, CodeableConcept, string | undefined]>([
    ['a table analyte by LOINC: its key', { coding: [{ system: L, code: '2823-3' }] }, 'potassium'],
    [
      'a table analyte behind a local code: its key',
      {
        coding: [
          { system: 'urn:local', code: 'K' },
          { system: L, code: '6298-4' },
        ],
      },
      'potassium',
    ],
    [
      'an unknown LOINC code: system|code',
      { coding: [{ system: L, code: '1234-5' }] },
      `${L}|1234-5`,
    ],
    [
      'the LOINC coding preferred over an earlier local one',
      {
        coding: [
          { system: 'urn:local', code: 'BNP' },
          { system: L, code: '30934-4' },
        ],
      },
      `${L}|30934-4`,
    ],
    [
      'else the first coding that has a code',
      {
        coding: [
          { system: 'urn:a' },
          { system: 'urn:b', code: 'X1' },
          { system: 'urn:c', code: 'X2' },
        ],
      },
      'urn:b|X1',
    ],
    ['a coding without a system: |code', { coding: [{ code: 'X1' }] }, '|X1'],
    [
      'a LOINC coding without a code does not win',
      { coding: [{ system: L }, { system: 'urn:b', code: 'X1' }] },
      'urn:b|X1',
    ],
    [
      'no code: the text, trimmed and lower-case',
      { coding: [{ system: 'urn:a' }], text: '  Vitamin D ' },
      'text:vitamin d',
    ],
    ['a blank text: no key', { text: '   ' }, undefined],
    ['nothing: no key', {}, undefined],
  ])('%s', (_case, code, key) => {
    expect(groupKeyOf(code)).toBe(key);
  });
});
