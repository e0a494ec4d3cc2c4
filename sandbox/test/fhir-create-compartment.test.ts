/**
 * Conditional create inside the token's patient compartment: If-None-Exist never searches another
 * patient's data, never says how many resources matched, and the compartment is checked before
 * anything could tell whether another patient exists.
 */
import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { AccessGrant, FhirResponse } from '../src/contracts';
import { bp, call, dataset, makeService, patient, request, search } from './fhir-helpers';

const P1: AccessGrant = { scopes: ['patient/Observation.cruds'], patient: 'p1' };
const PRACTITIONER: AccessGrant = {
  scopes: ['user/Observation.cruds'],
  fhirUser: 'Practitioner/practitioner-1',
};
const TAG = { system: 'urn:test:reading', value: 'p2-reading-7' };

/** The dataset plus a third patient, so "another patient that exists" has data to hide. */
function service() {
  return makeService([
    ...dataset(),
    patient('p3'),
    bp('p2', 7, { id: 'tagged', identifier: [TAG] }),
  ]);
}

function reading(subject: string, extra: Partial<Observation> = {}): Observation {
  const { id: _id, ...rest } = bp(subject, 500);
  return { ...rest, ...extra };
}

const post = (body: unknown, grant: AccessGrant, condition?: string) =>
  request('Observation', grant, {
    method: 'POST',
    body,
    headers: condition ? { 'if-none-exist': condition } : {},
  });

const shape = (res: FhirResponse) => {
  const issue = (res.body as { issue: { code: string; expression?: string[] }[] }).issue[0];
  return { status: res.status, code: issue?.code, expression: issue?.expression };
};

describe('If-None-Exist is confined to the patient compartment', () => {
  it("does not match another patient's Observation: the reading is created for the launch patient", async () => {
    const s = service();
    const res = await call(s, post(reading('p1'), P1, `identifier=${TAG.system}|${TAG.value}`));
    expect(res.status).toBe(201);
    expect((res.body as Observation).subject?.reference).toBe('Patient/p1');
  });

  it('still finds a match inside the compartment (200, the existing one)', async () => {
    const s = service();
    const mine = { system: 'urn:test:reading', value: 'mine' };
    const first = await call(s, post(reading('p1', { identifier: [mine] }), P1));
    const again = await call(
      s,
      post(reading('p1', { identifier: [mine] }), P1, `identifier=${mine.system}|${mine.value}`),
    );
    expect(again.status).toBe(200);
    expect((again.body as Observation).id).toBe((first.body as Observation).id);
  });

  it.each([
    ['another patient that exists', 'patient=p2'],
    ['another patient that exists, with no data', 'subject=Patient/p3'],
    ['a patient that does not exist', 'patient=ghost'],
  ])(
    'a condition naming %s: the same 403 as an out-of-compartment write',
    async (_n, condition) => {
      const s = service();
      const res = await call(s, post(reading('p1'), P1, condition));
      const outOfCompartment = await call(s, post(reading('p2'), P1));
      expect(shape(res)).toEqual(shape(outOfCompartment));
      expect(res.status).toBe(403);
      expect((await search(s, 'Observation?patient=p1&_count=0')).total).toBe(130);
    },
  );

  it.each(['_count=0', 'code=85354-9&_count=0', 'status=final'])(
    '%s: 412 that states no count (neither the compartment nor the store size)',
    async (condition) => {
      const res = await call(service(), post(reading('p1'), P1, condition));
      expect(res.status).toBe(412);
      const text = JSON.stringify(res.body);
      expect(text).toContain('more than one');
      expect(text).not.toMatch(/\b(120|130|136|141)\b/);
    },
  );

  it('a practitioner (user/ scopes) searches the whole store', async () => {
    const res = await call(
      service(),
      post(reading('p1'), PRACTITIONER, `identifier=${TAG.system}|${TAG.value}`),
    );
    expect(res.status).toBe(200);
    expect((res.body as Observation).id).toBe('tagged');
  });
});

describe('the compartment is checked before validation reveals anything', () => {
  it.each([
    ['another patient that exists', 'p2'],
    ['a patient that does not exist', 'ghost'],
  ])('a patient/ grant writing for %s: 403, the same either way', async (_n, subject) => {
    const s = service();
    const res = await call(s, post(reading(subject), P1));
    expect(shape(res)).toEqual({
      status: 403,
      code: 'forbidden',
      expression: ['Observation.subject'],
    });
  });

  it('an invalid body for another patient is still 403, not the validation 422', async () => {
    const res = await call(
      service(),
      post(reading('ghost', { status: 'done' as Observation['status'] }), P1),
    );
    expect(res.status).toBe(403);
  });

  it('a practitioner writing for a patient that does not exist gets the 422 naming it', async () => {
    const res = await call(service(), post(reading('ghost'), PRACTITIONER));
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('Patient/ghost');
  });
});
