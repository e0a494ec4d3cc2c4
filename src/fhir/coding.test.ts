import type { CodeableConcept } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { conceptText, findCoding, hasCode, hasCoding } from './coding';

const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';
const concept = (json: unknown) => json as CodeableConcept;

describe('hasCoding / findCoding: system and code, any coding, any order', () => {
  it.each<[string, unknown, boolean]>([
    ['the code in the first coding', { coding: [{ system: LOINC, code: '8480-6' }] }, true],
    [
      'the code in a later coding',
      {
        coding: [
          { system: SNOMED, code: '271649006' },
          { system: LOINC, code: '8480-6' },
        ],
      },
      true,
    ],
    ['the right code in another system', { coding: [{ system: SNOMED, code: '8480-6' }] }, false],
    ['the right code with no system', { coding: [{ code: '8480-6' }] }, false],
    ['another code in the right system', { coding: [{ system: LOINC, code: '8462-4' }] }, false],
    ['no coding at all', { text: 'Systolic' }, false],
    ['coding is an object, not an array', { coding: { system: LOINC, code: '8480-6' } }, false],
    [
      'a null coding entry beside a match',
      { coding: [null, { system: LOINC, code: '8480-6' }] },
      true,
    ],
    ['a numeric code', { coding: [{ system: LOINC, code: 8480 }] }, false],
    ['the concept is a string', 'http://loinc.org|8480-6', false],
  ])('%s', (_name, json, expected) => {
    expect(hasCoding(concept(json), LOINC, '8480-6')).toBe(expected);
  });

  it('finds the coding itself, across a list of concepts', () => {
    const list = [concept({ text: 'x' }), concept({ coding: [{ system: LOINC, code: '8480-6' }] })];
    expect(findCoding(list, LOINC, '8462-4', '8480-6')).toEqual({ system: LOINC, code: '8480-6' });
    expect(findCoding(list, LOINC, '8462-4')).toBeUndefined();
    expect(findCoding(undefined, LOINC, '8480-6')).toBeUndefined();
  });
});

describe('hasCode: the code whatever the system', () => {
  it.each<[string, unknown, boolean]>([
    ['in any system', { coding: [{ system: SNOMED, code: 'H' }] }, true],
    ['with no system', { coding: [{ code: 'H' }] }, true],
    ['only among other codes', { coding: [{ code: 'L' }, { code: 'H' }] }, true],
    ['absent', { coding: [{ code: 'L' }] }, false],
    ['no codings', {}, false],
    ['a code-less coding', { coding: [{ display: 'High' }] }, false],
  ])('%s', (_name, json, expected) => {
    expect(hasCode(concept(json), 'H')).toBe(expected);
  });
});

describe('conceptText', () => {
  it.each<[string, unknown, string | undefined]>([
    [
      'its text first',
      { text: 'Potassium', coding: [{ display: 'K', code: '2823-3' }] },
      'Potassium',
    ],
    ['a blank text falls to the display', { text: '  ', coding: [{ display: 'K' }] }, 'K'],
    [
      'the first display, not the first coding',
      { coding: [{ code: 'a' }, { display: 'Kal' }] },
      'Kal',
    ],
    ['else the first code', { coding: [{ system: LOINC, code: '2823-3' }] }, '2823-3'],
    ['nothing', {}, undefined],
    ['a numeric text is not text', { text: 42, coding: [{ code: 'x' }] }, 'x'],
    ['not an object', 'Potassium', undefined],
  ])('%s', (_name, json, expected) => {
    expect(conceptText(concept(json))).toBe(expected);
  });
});
