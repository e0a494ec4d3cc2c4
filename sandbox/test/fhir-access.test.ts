import type { AccessGrant } from '../src/contracts';
import { describe, expect, it } from 'vitest';
import { bp, call, ids, issueText, makeService, request, search } from './fhir-helpers';

const service = makeService();
const patientGrant = (scopes: string[], patient = 'p1'): AccessGrant => ({
  scopes: ['launch', 'openid', ...scopes],
  patient,
});
const LAB = 'http://terminology.hl7.org/CodeSystem/observation-category|laboratory';

async function status(path: string, grant: AccessGrant): Promise<number> {
  return (await call(service, request(path, grant))).status;
}

describe('scopes', () => {
  it('lets SMART v1 patient/*.read read and search the launch patient', async () => {
    const grant = patientGrant(['patient/*.read']);
    expect(await status('Patient/p1', grant)).toBe(200);
    expect(await status('Observation/p1-bp-1', grant)).toBe(200);
    expect((await search(service, 'Observation?patient=p1&_count=1', grant)).total).toBe(130);
  });
  it('refuses an interaction or type no scope grants, with a 403 OperationOutcome', async () => {
    const grant = patientGrant(['patient/Patient.read']);
    const res = await call(service, request('Observation?patient=p1', grant));
    expect(res.status).toBe(403);
    expect(issueText(res)).toContain('OperationOutcome');
    expect(await status('Observation?patient=p1', patientGrant(['patient/Observation.r']))).toBe(
      403,
    );
    expect(await status('Observation/p1-bp-1', patientGrant(['patient/Observation.s']))).toBe(403);
    expect(await status('Observation?patient=p1', patientGrant(['patient/Observation.s']))).toBe(
      200,
    );
    expect(await status('Observation/p1-bp-1', { scopes: [] })).toBe(403);
  });
  it('accepts v2 letters (.rs, .cruds)', async () => {
    expect(await status('Observation?patient=p1', patientGrant(['patient/Observation.rs']))).toBe(
      200,
    );
    expect(await status('Observation/p1-bp-2', patientGrant(['patient/*.cruds']))).toBe(200);
  });
  it('honours ?category= restrictions on reads and searches', async () => {
    const grant = patientGrant([`patient/Observation.rs?category=${LAB}`]);
    expect((await search(service, 'Observation?patient=p1', grant)).total).toBe(10);
    expect(await status('Observation/p1-bp-1', grant)).toBe(403);
    expect(await status('Observation/p1-lab-2823-3-10', grant)).toBe(200);
  });
  it('lets grant.open do everything', async () => {
    expect(await status('Observation/p2-bp-1', { scopes: [], open: true })).toBe(200);
  });
});

describe('patient compartment', () => {
  const grant = patientGrant(['patient/*.read', 'patient/Observation.write']);
  it('confines a search without a patient parameter to the launch patient', async () => {
    const found = await search(service, 'Observation?code=85354-9&_count=1000', grant);
    expect(found.total).toBe(120);
    expect(ids(found).every((id) => id.startsWith('p1-'))).toBe(true);
    expect(ids(await search(service, 'Patient', grant))).toEqual(['p1']);
  });
  it('refuses another patient by search and by read', async () => {
    expect(await status('Observation?patient=p2', grant)).toBe(403);
    expect(await status('Observation/p2-bp-1', grant)).toBe(403);
    expect(await status('Patient/p2', grant)).toBe(403);
  });
  it('refuses a create for another patient and stores nothing', async () => {
    const own = makeService();
    const res = await call(
      own,
      request('Observation', grant, { method: 'POST', body: { ...bp('p2', 900), id: undefined } }),
    );
    expect(res.status).toBe(403);
    expect((await search(own, 'Observation?patient=p2')).total).toBe(5);
    const ok = await call(
      own,
      request('Observation', grant, { method: 'POST', body: { ...bp('p1', 900), id: undefined } }),
    );
    expect(ok.status).toBe(201);
  });
  it('refuses a create without a write scope', async () => {
    const res = await call(
      service,
      request('Observation', patientGrant(['patient/*.read']), {
        method: 'POST',
        body: bp('p1', 901),
      }),
    );
    expect(res.status).toBe(403);
  });
  it('lets user/ scopes (a practitioner) read any patient', async () => {
    const practitioner: AccessGrant = {
      scopes: ['user/*.read'],
      fhirUser: 'Practitioner/practitioner-1',
    };
    expect(await status('Observation/p2-bp-1', practitioner)).toBe(200);
    expect((await search(service, 'Observation?code=85354-9&_count=1', practitioner)).total).toBe(
      125,
    );
  });
  it('does not serve a page to another grant', async () => {
    const first = await search(service, 'Observation?_count=10', grant);
    const next = first.link?.find((l) => l.relation === 'next')?.url ?? '';
    const res = await call(
      service,
      request(next.replace(/^.*\/fhir\//, ''), patientGrant(['patient/*.read'], 'p2')),
    );
    expect(res.status).toBe(403);
  });
});

describe('user/ scopes of a patient user', () => {
  it('confine to the user when the user is a Patient', async () => {
    const grant: AccessGrant = { scopes: ['user/*.read'], fhirUser: 'Patient/p2' };
    expect((await search(service, 'Observation', grant)).total).toBe(5);
    expect(await status('Observation/p1-bp-1', grant)).toBe(403);
  });
});
