/** Random and type-confused JSON through the patient reader: it never throws and returns typed facts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageYears, readPatient } from './patient';
import {
  anyJson,
  confusedRecord,
  maybe,
  resourceOrJunk,
} from '../../mocks/test-data/json-arbitraries';

const patientLike = confusedRecord({
  resourceType: fc.constant('Patient'),
  name: fc.array(
    maybe(
      confusedRecord({
        use: fc.constantFrom('official', 'usual', 'nickname'),
        given: fc.array(maybe(fc.string())),
        family: fc.string(),
        text: fc.string(),
        period: confusedRecord({ end: fc.constant('2001-01-01') }),
      }),
    ),
  ),
  birthDate: fc.constantFrom('1961-04-17', '1961', '1961-02-30'),
  gender: fc.constantFrom('male', 'female', 'other', 'unknown'),
  identifier: anyJson,
  deceasedBoolean: anyJson,
  deceasedDateTime: fc.constantFrom('2019-03-12', '2019-03-12T10:00:00Z'),
});

describe('readPatient never throws', () => {
  it('on anything', () => {
    fc.assert(
      fc.property(resourceOrJunk(patientLike), (raw) => {
        const facts = readPatient(raw, Date.UTC(2026, 11, 1));
        expect(Array.isArray(facts.unreadable)).toBe(true);
        for (const t of [facts.name, facts.mrn]) {
          if (t) expect(typeof t.text === 'string' && t.text.length <= 200).toBe(true);
        }
        if (facts.birth) ageYears(facts.birth, facts.deceased?.at ?? Date.now(), 'UTC');
      }),
      { numRuns: 2000 },
    );
  });
});
