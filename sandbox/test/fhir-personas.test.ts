import type { Bundle, Patient } from 'fhir/r4';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessGrant, FhirService } from '../src/contracts';
import { createFhirService } from '../src/fhir/service';
import {
  buildPersona,
  buildPersonas,
  isRpmPatient,
  PERSONA_IDS,
  RPM_EXPECTED,
} from '../src/personas';
import { ids, search, walk } from './fhir-helpers';

const now = new Date('2026-06-01T12:00:00Z');

describe('personas', () => {
  it('are deterministic for a given now', () => {
    expect(JSON.stringify(buildPersona('hypertension-home', now))).toBe(
      JSON.stringify(buildPersona('hypertension-home', now)),
    );
  });
  it('give each persona its Patient (id = persona id, MRN typed MR) and add two practitioners', () => {
    const all = buildPersonas(now);
    // ill-typed's identifier is deliberately an object, not a list (its own test checks it).
    for (const id of PERSONA_IDS.filter((p) => p !== 'ill-typed')) {
      const patient = all.find((r): r is Patient => r.resourceType === 'Patient' && r.id === id);
      expect(patient?.identifier?.[0]?.type?.coding?.[0]?.code).toBe('MR');
      expect(patient?.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const practitioners = all.filter((r) => r.resourceType === 'Practitioner').map((r) => r.id);
    expect(practitioners).toEqual(['practitioner-1', 'practitioner-2']);
    const edge = buildPersona('edge-cases', now)[0] as Patient;
    expect(edge.name?.[0]?.given?.join(' ')).toContain('<img src=x onerror=alert(1)>');
    expect(buildPersona('no-data', now)).toHaveLength(1);
  });
  it('stay pure: no Node imports in the assembly the app tests load', () => {
    for (const file of [
      'index.ts',
      'people.ts',
      'long-record.ts',
      'long-visits.ts',
      'long-bp.ts',
      'long-labs.ts',
      'long-meds.ts',
      'ill-typed.ts',
      'ill-typed-records.ts',
    ]) {
      expect(readFileSync(new URL(`../src/personas/${file}`, import.meta.url), 'utf8')).not.toMatch(
        /from 'node:/,
      );
    }
  });
});

describe('the service over the personas', () => {
  let service: FhirService;
  beforeAll(async () => {
    service = await createFhirService({ now });
  });

  it('lists people for the launcher', () => {
    const { patients, practitioners } = service.listPeople();
    const personas = patients.filter((p) => !isRpmPatient(p.id));
    expect(personas.map((p) => p.id).sort()).toEqual([...PERSONA_IDS].sort());
    expect(patients.length - personas.length).toBe(RPM_EXPECTED.members);
    expect(patients.find((p) => p.id === 'hypertension-home')).toMatchObject({
      name: 'Maria Elena Alvarez',
      description: 'hypertension-home',
    });
    expect(practitioners.map((p) => p.name)).toEqual(['Dr. Sarah Kim', 'Dr. David Miller']);
    expect(service.exists('Practitioner', 'practitioner-2')).toBe(true);
    expect(service.exists('Patient', 'nobody')).toBe(false);
  });

  it('gives the newest encounter for launch context', async () => {
    expect(service.latestEncounter('no-data')).toBeUndefined();
    const newest: Bundle = await search(
      service,
      'Encounter?patient=hypertension-home&_sort=-date&_count=1',
    );
    expect(ids(newest)[0]).toBeDefined();
    expect(service.latestEncounter('hypertension-home')).toBe(ids(newest)[0]);
  });

  it('pages all of large-history by patient+code+date, 1,000 at a time, without duplicates', async () => {
    const grant: AccessGrant = { scopes: ['patient/Observation.rs'], patient: 'large-history' };
    const pages = await walk(
      service,
      'Observation?patient=large-history&code=http://loinc.org|85354-9&date=ge2000-01-01&_count=1000&_sort=-date',
      grant,
    );
    const seen = pages.flatMap((p) => ids(p));
    expect(pages[0]?.total).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(100_000);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('includes referenced Medications for mixed-encodings', async () => {
    const grant: AccessGrant = { scopes: ['patient/*.read'], patient: 'mixed-encodings' };
    const bundle = await search(
      service,
      'MedicationRequest?patient=mixed-encodings&_include=MedicationRequest:medication',
      grant,
    );
    const included = ids(bundle, 'include');
    expect(included.length).toBeGreaterThan(0);
    expect(new Set(included).size).toBe(included.length);
  });
});
