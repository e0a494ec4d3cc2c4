/** Random and type-confused JSON through the patient reader: it never throws and returns typed facts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageYears, readPatient } from './patient';

const anyJson = fc.jsonValue({ maxDepth: 4 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, anyJson);
const patientLike = fc.record(
  {
    resourceType: fc.oneof(fc.constant('Patient'), anyJson),
    name: maybe(
      fc.array(
        maybe(
          fc.record(
            {
              use: maybe(fc.constantFrom('official', 'usual', 'nickname')),
              given: maybe(fc.array(maybe(fc.string()))),
              family: maybe(fc.string()),
              text: maybe(fc.string()),
              period: maybe(fc.record({ end: maybe(fc.constant('2001-01-01')) })),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
    ),
    birthDate: maybe(fc.constantFrom('1961-04-17', '1961', '1961-02-30')),
    gender: maybe(fc.constantFrom('male', 'female', 'other', 'unknown')),
    identifier: anyJson,
    deceasedBoolean: anyJson,
    deceasedDateTime: maybe(fc.constantFrom('2019-03-12', '2019-03-12T10:00:00Z')),
  },
  { requiredKeys: [] },
);

describe('readPatient never throws', () => {
  it('on anything', () => {
    fc.assert(
      fc.property(fc.oneof(patientLike, anyJson), (raw) => {
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
