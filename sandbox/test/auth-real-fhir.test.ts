/**
 * The auth half in front of the real FHIR service (personas): what an e2e launch will meet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from 'fhir/r4';
import { createSandbox, type Sandbox } from '../src/server';
import { fhirGet, fullLaunch } from './auth-helpers';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await createSandbox({ fhirOptions: { now: new Date('2026-11-01T12:00:00Z') } });
});
afterAll(async () => {
  await sandbox.close();
});

const SCOPE =
  'launch openid fhirUser patient/Observation.rs patient/Observation.c patient/Patient.rs';

const reading = {
  resourceType: 'Observation',
  status: 'final',
  identifier: [
    { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:0b7c7a4e-2222-4a4a-9b9b-000000000042' },
  ],
  category: [
    {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/observation-category',
          code: 'vital-signs',
        },
      ],
    },
  ],
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
  subject: { reference: 'Patient/hypertension-home' },
  effectiveDateTime: '2026-10-31T08:00:00Z',
  component: [
    {
      code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] },
      valueQuantity: {
        value: 128,
        unit: 'mmHg',
        system: 'http://unitsofmeasure.org',
        code: 'mm[Hg]',
      },
    },
    {
      code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] },
      valueQuantity: {
        value: 82,
        unit: 'mmHg',
        system: 'http://unitsofmeasure.org',
        code: 'mm[Hg]',
      },
    },
  ],
};

describe('EHR launch against the personas', () => {
  it('reads the launch patient, is refused another patient', async () => {
    const { tokens } = await fullLaunch(sandbox, { patient: 'hypertension-home' }, SCOPE);
    const token = String(tokens.access_token);
    const own = await fhirGet(
      `${sandbox.fhirBase}/Observation?patient=hypertension-home&_count=5`,
      token,
    );
    expect(own.status).toBe(200);
    expect(((await own.json()) as Bundle).entry?.length).toBeGreaterThan(0);
    expect((await fhirGet(`${sandbox.fhirBase}/Patient/no-data`, token)).status).toBe(403);
  });

  it('fail_posts=2: a client retrying a conditional create stores exactly one Observation', async () => {
    const { tokens } = await fullLaunch(
      sandbox,
      { patient: 'hypertension-home', fail_posts: '2' },
      SCOPE,
    );
    const identifier = `${reading.identifier[0]?.system ?? ''}|${reading.identifier[0]?.value ?? ''}`;
    const post = () =>
      fetch(`${sandbox.fhirBase}/Observation`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${String(tokens.access_token)}`,
          'content-type': 'application/fhir+json',
          'if-none-exist': `identifier=${identifier}`,
        },
        body: JSON.stringify(reading),
      });
    const statuses = [
      (await post()).status,
      (await post()).status,
      (await post()).status,
      (await post()).status,
    ];
    expect(statuses).toEqual([503, 503, 201, 200]);
    const found = await fhirGet(
      `${sandbox.fhirBase}/Observation?identifier=${encodeURIComponent(identifier)}`,
      String(tokens.access_token),
    );
    expect(((await found.json()) as Bundle).entry?.length).toBe(1);
  });

  it('broken_page=not-json breaks the page behind the real next link, not the first', async () => {
    const { tokens } = await fullLaunch(
      sandbox,
      { patient: 'hypertension-home', broken_page: 'not-json' },
      SCOPE,
    );
    const first = await fhirGet(
      `${sandbox.fhirBase}/Observation?patient=hypertension-home&_count=10`,
      String(tokens.access_token),
    );
    const bundle = (await first.json()) as Bundle;
    const next = bundle.link?.find((l) => l.relation === 'next')?.url ?? '';
    expect(next).not.toBe('');
    const broken = await fhirGet(next, String(tokens.access_token));
    expect(broken.headers.get('content-type')).toContain('text/html');
  });
});
