/**
 * ill-typed (issue 10): built deterministically, its broken resources served exactly as built (the
 * store needs only resourceType and id; POST validation is not applied to personas), and every
 * clinical resource accounted for in ILL_TYPED_EXPECTED.
 */
import type { Resource } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { createFhirService } from '../src/fhir/service';
import { buildPersona, ILL_TYPED_EXPECTED } from '../src/personas';
import { call, ids, OPEN, request, search } from './fhir-helpers';

const now = new Date('2026-12-01T12:00:00Z');
const all = buildPersona('ill-typed', now);
const idsOf = (type: string, pred: (r: Resource) => boolean = () => true) =>
  all.filter((r) => r.resourceType === type && pred(r)).map((r) => r.id);
const isVital = (r: Resource) => JSON.stringify(r).includes('"vital-signs"');
const sorted = (xs: readonly (string | undefined)[]) => [...xs].sort();
const { bp, meds, labs, patient } = ILL_TYPED_EXPECTED;

describe('ill-typed: built', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(buildPersona('ill-typed', now))).toBe(JSON.stringify(all));
  });

  it('has a Patient whose name is a string and whose identifier is an object', () => {
    const p = all[0] as unknown as Record<string, unknown>;
    expect(p.id).toBe(patient.id);
    expect(typeof p.name).toBe('string');
    expect(p.identifier).toBeTypeOf('object');
    expect(Array.isArray(p.identifier)).toBe(false);
  });

  it('accounts for every BP, order and lab: readable or unreadable, nothing else', () => {
    expect(sorted(idsOf('Observation', isVital))).toEqual(
      sorted([...bp.readable, ...Object.keys(bp.unreadable)]),
    );
    expect(sorted(idsOf('MedicationRequest'))).toEqual(
      sorted([...meds.readable, ...Object.keys(meds.unreadable)]),
    );
    expect(sorted(idsOf('Observation', (r) => !isVital(r)))).toEqual(
      sorted([...labs.readable, ...Object.keys(labs.unreadable)]),
    );
  });

  it('really is type-confused where it says (a guard against the builders "fixing" it)', () => {
    const byId = new Map(all.map((r) => [r.id, r as unknown as Record<string, unknown>]));
    expect(Array.isArray(byId.get('bp-it-component-object')?.component)).toBe(false);
    expect(typeof byId.get('mr-it-medication-string')?.medicationCodeableConcept).toBe('string');
    expect(Array.isArray(byId.get('mr-it-dosage-object')?.dosageInstruction)).toBe(false);
    expect(typeof byId.get('lab-it-quantity-string')?.valueQuantity).toBe('string');
    expect(typeof byId.get('lab-it-code-string')?.code).toBe('string');
  });
});

describe('ill-typed: served', () => {
  it('serves the Patient as built, and lists it for the launcher under its id', async () => {
    const service = await createFhirService({ now });
    const res = await call(service, request('Patient/ill-typed', OPEN));
    expect(res.status).toBe(200);
    expect((res.body as { name?: unknown }).name).toBe(patient.nameSent);
    expect(service.listPeople().patients.find((p) => p.id === 'ill-typed')?.name).toBe('ill-typed');
  });

  it('returns the broken resources to the searches the app makes (patient + code / category)', async () => {
    const service = await createFhirService({ now });
    const bpSearch = await search(
      service,
      'Observation?patient=ill-typed&code=http://loinc.org|85354-9,http://loinc.org|8480-6&_count=100',
    );
    expect(sorted(ids(bpSearch))).toEqual(sorted([...bp.readable, ...Object.keys(bp.unreadable)]));
    const labSearch = await search(
      service,
      'Observation?patient=ill-typed&category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory',
    );
    expect(sorted(ids(labSearch))).toEqual(
      sorted([...labs.readable, ...Object.keys(labs.unreadable)]),
    );
    const medSearch = await search(service, 'MedicationRequest?patient=ill-typed');
    expect(ids(medSearch)).toHaveLength(meds.readable.length + Object.keys(meds.unreadable).length);
  });
});
