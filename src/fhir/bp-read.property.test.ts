/**
 * Property tests: random and type-confused JSON through every BP reader. None throws, and every
 * resource is accounted for: in a reading (a pair of halves counts twice), an exclusion, or ignored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeBpObservation } from './bp-observation';
import { parseObservation } from './bp-parse';
import { readBloodPressure } from './bp-read';
import { observationShape } from './bp-shape';
import {
  anyJson,
  confusedRecord,
  maybe,
  resourceOrJunk,
} from '../../mocks/test-data/json-arbitraries';

const loinc = (code: string) => ({ coding: [{ system: 'http://loinc.org', code }] });

const quantity = maybe(
  fc.record(
    {
      value: maybe(fc.double({ min: -10, max: 400, noNaN: false })),
      system: maybe(fc.constant('http://unitsofmeasure.org')),
      code: maybe(fc.constantFrom('mm[Hg]', 'kPa', 'cm')),
    },
    { requiredKeys: [] },
  ),
);
const component = maybe(
  fc.record({
    code: maybe(fc.constantFrom(loinc('8480-6'), loinc('8462-4'), loinc('8867-4'))),
    valueQuantity: quantity,
  }),
);
const date = maybe(
  fc.constantFrom('2021-03-04', '2021', '2019-03-19T10:14:55-04:00', '2026-11-30T08:00:00Z', 'x'),
);
/** Observation-like objects whose every field may be of the wrong type. */
const bpLike = confusedRecord({
  resourceType: fc.constant('Observation'),
  id: fc.string({ maxLength: 8 }),
  status: fc.constantFrom('final', 'amended', 'entered-in-error'),
  code: fc.constantFrom(loinc('85354-9'), loinc('55284-4'), loinc('8480-6'), loinc('8462-4')),
  effectiveDateTime: date,
  effectivePeriod: confusedRecord({ start: date, end: date }),
  valueQuantity: quantity,
  component: fc.array(component, { maxLength: 3 }),
  performer: anyJson,
  category: anyJson,
  extension: anyJson,
  encounter: anyJson,
});
const resource = resourceOrJunk(bpLike);
const now = Date.UTC(2026, 11, 1);

describe('BP readers never throw and count every resource', () => {
  it('observationShape and parseObservation accept anything', () => {
    fc.assert(
      fc.property(resource, (raw) => {
        observationShape(raw);
        summarizeBpObservation(raw);
        const parsed = parseObservation(raw);
        expect(['reading', 'half', 'excluded', 'other']).toContain(parsed.type);
      }),
      { numRuns: 2000 },
    );
  });

  it('readBloodPressure: readings + exclusions + ignored account for every input', () => {
    fc.assert(
      fc.property(fc.array(resource, { maxLength: 30 }), (generated) => {
        // Unique ids without "+", so a paired reading's id `a+b` names exactly its two resources.
        const resources = generated.map((r, i) =>
          typeof r === 'object' && r !== null && !Array.isArray(r) ? { ...r, id: `r${i}` } : r,
        );
        const result = readBloodPressure(resources, { now });
        const sources = (id: string) => id.split('+').length;
        const counted =
          result.readings.reduce((n, r) => n + sources(r.id), 0) +
          result.excluded.reduce((n, e) => n + (e.id ? sources(e.id) : 1), 0) +
          result.ignored;
        expect(counted).toBe(resources.length);
        for (const r of result.readings) {
          expect(Number.isFinite(r.systolic) && Number.isFinite(r.diastolic)).toBe(true);
          expect(r.diastolic).toBeLessThan(r.systolic);
          expect(r.datePrecision === 'time' || r.timeText.length <= 10).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
