/** Reference search values (FHIR R4 §3.1.1.4.4), as Group's managing-entity and member read them. */
import { describe, expect, it } from 'vitest';
import { referenceKey, referenceMatches } from '../src/fhir/references';

describe('referenceKey', () => {
  it.each([
    ['relative', 'Practitioner/p1', 'Practitioner/p1'],
    ['absolute', 'http://x.example/fhir/Practitioner/p1', 'Practitioner/p1'],
    ['versioned', 'Practitioner/p1/_history/2', 'Practitioner/p1'],
    ['bare id', 'p1', undefined],
    ['lower-case type', 'practitioner/p1', undefined],
    ['empty', '', undefined],
  ])('%s: %s -> %s', (_, text, key) => {
    expect(referenceKey(text)).toBe(key);
  });
});

describe('referenceMatches', () => {
  const refs = ['Practitioner/p1', 'Patient/rpm-001'];
  it.each([
    ['typed', 'Practitioner/p1', true],
    ['bare id, any type', 'p1', true],
    ['bare id of a member', 'rpm-001', true],
    ['absolute', 'https://ehr.example/fhir/Patient/rpm-001', true],
    ['other type, same id', 'Organization/p1', false],
    ['other id', 'Practitioner/p2', false],
    ['not a reference', 'Practitioner/', false],
  ])('%s: %s -> %s', (_, value, expected) => {
    expect(referenceMatches(value, refs)).toBe(expected);
  });
});
