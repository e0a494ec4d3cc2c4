/** Random and type-confused JSON through readGroup: it never throws and accounts for every entry. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGroup } from './group';
import {
  anyJson,
  confusedRecord,
  maybe,
  resourceOrJunk,
} from '../../mocks/test-data/json-arbitraries';

const reference = fc.oneof(
  fc.constantFrom('Patient/p1', 'Patient/p2', 'https://x.org/fhir/Patient/p1', 'Practitioner/d'),
  fc.string(),
  fc.string().map((s) => `Patient/${s}`),
);
const memberLike = confusedRecord({
  entity: confusedRecord({ reference, type: fc.constantFrom('Patient', 'Device') }),
  inactive: fc.boolean(),
  period: confusedRecord({
    start: fc.constantFrom('2026-11-15', '2026-11-15T09:00:00Z', '2026-13-01'),
    end: fc.constantFrom('2026-11-30', '2027-01-01', 'soon'),
  }),
});
const groupLike = confusedRecord(
  {
    resourceType: fc.constantFrom('Group', 'Patient'),
    name: fc.string(),
    member: fc.oneof(fc.array(maybe(memberLike), { maxLength: 12 }), memberLike),
  },
  ['resourceType'],
);

describe('readGroup never throws', () => {
  it('and members + skipped + duplicates = entries', () => {
    fc.assert(
      fc.property(resourceOrJunk(groupLike), fc.integer(), (raw, now) => {
        const r = readGroup(raw, now);
        const skipped = r.skipped.reduce((n, s) => n + s.count, 0);
        const isGroup =
          typeof raw === 'object' &&
          raw !== null &&
          !Array.isArray(raw) &&
          'resourceType' in raw &&
          raw.resourceType === 'Group';
        // Counted independently of the reader: an array's length, one bare value, or none.
        const member = isGroup ? (raw as { member?: unknown }).member : undefined;
        const entries = Array.isArray(member) ? member.length : member === undefined ? 0 : 1;
        expect(r.members.length + skipped + r.duplicates).toBe(entries);
        expect(r.notAGroup === true).toBe(!isGroup);
        expect(new Set(r.members.map((x) => x.patientId)).size).toBe(r.members.length);
        for (const s of r.skipped) expect(s.count).toBeGreaterThan(0);
        for (const x of r.members) {
          expect(x.patientId).toMatch(/^[A-Za-z0-9.-]{1,64}$/);
          if (x.enrolledAt !== undefined) expect(Number.isFinite(x.enrolledAt)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('on any JSON at all', () => {
    fc.assert(fc.property(anyJson, (raw) => void readGroup(raw, 0)));
  });
});
