import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { BASE, bp, call, issueText, makeService, request, search } from './fhir-helpers';

const post = (body: unknown, headers: Record<string, string> = {}) =>
  request(
    'Observation',
    { scopes: ['patient/Observation.c', 'patient/Observation.rs'], patient: 'p1' },
    { method: 'POST', body, headers },
  );

function reading(extra: Partial<Observation> = {}): Observation {
  const { id: _id, ...rest } = bp('p1', 300);
  return { ...rest, ...extra };
}

describe('create', () => {
  it('stores a valid Observation: 201, Location, ETag, meta', async () => {
    const service = makeService();
    const res = await call(service, post(reading()));
    expect(res.status).toBe(201);
    const created = res.body as Observation;
    expect(res.headers?.Location).toBe(`${BASE}/Observation/${created.id ?? ''}/_history/1`);
    expect(res.headers?.ETag).toBe('W/"1"');
    expect(created.meta?.versionId).toBe('1');
    expect(created.meta?.lastUpdated).toBeTruthy();
    expect((await call(service, request(`Observation/${created.id ?? ''}`))).status).toBe(200);
  });

  it('creates once under If-None-Exist, then returns the existing one with 200', async () => {
    const service = makeService();
    const identifier = [
      { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:6f1c1b8e-1111-4a4a-9b9b-000000000001' },
    ];
    const header = {
      'if-none-exist': 'identifier=urn:ietf:rfc:3986|urn:uuid:6f1c1b8e-1111-4a4a-9b9b-000000000001',
    };
    const first = await call(service, post(reading({ identifier }), header));
    const second = await call(service, post(reading({ identifier }), header));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect((second.body as Observation).id).toBe((first.body as Observation).id);
    expect(
      (
        await search(
          service,
          'Observation?identifier=urn:ietf:rfc:3986|urn:uuid:6f1c1b8e-1111-4a4a-9b9b-000000000001',
        )
      ).total,
    ).toBe(1);
  });

  it('rejects an unsupported If-None-Exist parameter with 400', async () => {
    const res = await call(makeService(), post(reading(), { 'if-none-exist': 'foo=bar' }));
    expect(res.status).toBe(400);
    expect(issueText(res)).toContain('foo');
  });

  const invalid: [string, unknown, string][] = [
    ['a body that is not an Observation', { resourceType: 'Patient' }, 'resourceType'],
    [
      'a status outside the value set',
      reading({ status: 'done' as Observation['status'] }),
      'Observation.status',
    ],
    ['a code without coding', reading({ code: { text: 'BP' } }), 'Observation.code'],
    [
      'a subject that is not a Patient',
      reading({ subject: { reference: 'Group/1' } }),
      'Observation.subject',
    ],
    ['no effective[x]', reading({ effectiveDateTime: undefined }), 'effective'],
    [
      'an unparseable effectiveDateTime',
      reading({ effectiveDateTime: 'yesterday' }),
      'effectiveDateTime',
    ],
    [
      'a non-numeric value',
      reading({
        valueQuantity: {
          value: '120' as unknown as number,
          system: 'http://unitsofmeasure.org',
          code: 'mm[Hg]',
        },
      }),
      'valueQuantity.value',
    ],
    [
      'a unit outside UCUM',
      reading({ valueQuantity: { value: 1, system: 'http://example.org/units', code: 'x' } }),
      'valueQuantity.system',
    ],
    [
      'a component without code',
      reading({
        component: [
          {
            code: { coding: [] },
            valueQuantity: { value: 1, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
          },
        ],
      }),
      'component[0].code',
    ],
    [
      'a component without unit code',
      reading({
        component: [
          {
            code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] },
            valueQuantity: { value: 1, system: 'http://unitsofmeasure.org' },
          },
        ],
      }),
      'component[0].valueQuantity.code',
    ],
  ];
  it.each(invalid)('refuses %s, naming it, and stores nothing', async (_name, body, expected) => {
    const service = makeService();
    const res = await call(service, post(body));
    expect([400, 422]).toContain(res.status);
    expect(issueText(res)).toContain(expected);
    expect((await search(service, 'Observation?patient=p1&_count=0')).total).toBe(130);
  });

  it('refuses create on other types', async () => {
    const res = await call(
      makeService(),
      request('Patient', undefined, { method: 'POST', body: { resourceType: 'Patient' } }),
    );
    expect(res.status).toBe(405);
  });
});
