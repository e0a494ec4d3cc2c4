import type { Encounter, MedicationRequest, Observation, Patient } from 'fhir/r4';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFhirService } from '../src/fhir/service';
import { loadDataDir } from '../src/data-loader';
import { call, request, search } from './fhir-helpers';

const dir = fileURLToPath(new URL('./fixtures', import.meta.url));

describe('SANDBOX_DATA loader', () => {
  it('loads bundles and plain resources, resolving urn:uuid and conditional references', async () => {
    const resources = await loadDataDir(dir);
    const patient = resources.find((r): r is Patient => r.resourceType === 'Patient');
    const obs = resources.find((r): r is Observation => r.resourceType === 'Observation');
    const enc = resources.find((r): r is Encounter => r.resourceType === 'Encounter');
    const mr = resources.find(
      (r): r is MedicationRequest => r.resourceType === 'MedicationRequest',
    );
    expect(patient?.id).toBeTruthy();
    expect(obs?.subject?.reference).toBe(`Patient/${patient?.id ?? ''}`);
    expect(obs?.encounter?.reference).toBe(`Encounter/${enc?.id ?? ''}`);
    expect(enc?.participant?.[0]?.individual?.reference).toBe('Practitioner/loaded-practitioner');
    expect(mr?.id).toBe('loaded-mr-1');
    expect(mr?.medicationReference?.reference).toBe('Medication/med-lisinopril');
    expect(
      resources.some((r) => r.resourceType === 'Medication' && r.id === 'med-lisinopril'),
    ).toBe(true);
  });

  it('serves the loaded data beside the personas, with _include', async () => {
    const service = await createFhirService({
      now: new Date('2024-06-01T00:00:00Z'),
      dataDir: dir,
    });
    const patient = service.listPeople().patients.find((p) => p.name === 'Lena Loaded');
    expect(patient).toBeDefined();
    expect(service.listPeople().patients.map((p) => p.id)).toContain('hypertension-home');
    const id = patient?.id ?? '';
    expect(
      (await search(service, `Observation?patient=${id}&code=http://loinc.org|85354-9`)).total,
    ).toBe(1);
    expect(service.latestEncounter(id)).toBeTruthy();
    const meds = await search(
      service,
      `MedicationRequest?patient=${id}&_include=MedicationRequest:medication`,
    );
    expect(meds.entry?.map((e) => [e.resource?.resourceType, e.search?.mode])).toEqual([
      ['MedicationRequest', 'match'],
      ['Medication', 'include'],
    ]);
    expect((await call(service, request('Medication/med-lisinopril'))).status).toBe(200);
  });

  it('names the file when its JSON is bad', async () => {
    await expect(loadDataDir(`${dir}/bad-json`)).rejects.toThrow(/broken\.json.*invalid JSON/);
  });
});
