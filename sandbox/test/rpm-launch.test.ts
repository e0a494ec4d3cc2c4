/**
 * Launching with no patient, end to end over the real personas: a provider standalone launch and an
 * EHR launch without a patient get a token with no `patient`, whose user/ scopes read the program's
 * Group and a member's readings. Also the launcher page's picker and the simulated EHR without a patient.
 */
import type { Bundle, Group } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPM_EXPECTED } from '../src/personas/rpm';
import { createSandbox, type Sandbox } from '../src/server';
import { APP_LAUNCH, fhirGet, fullLaunch } from './auth-helpers';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox({ fhirOptions: { now: new Date('2026-11-10T15:00:00Z') } });
});
afterAll(async () => {
  await sandbox.close();
});

const SCOPE = 'openid fhirUser user/Group.rs user/Patient.rs user/Observation.rs user/Goal.rs';
const launcher = (query: Record<string, string>) =>
  fetch(
    `${sandbox.url}/launcher?${new URLSearchParams({ launch_uri: APP_LAUNCH, ...query }).toString()}`,
    {
      redirect: 'manual',
    },
  );

async function readProgram(iss: string, accessToken: string) {
  const found = await fhirGet(
    `${iss}/Group?managing-entity=Practitioner/practitioner-1`,
    accessToken,
  );
  expect(found.status).toBe(200);
  const bundle = (await found.json()) as Bundle;
  const group = bundle.entry?.[0]?.resource as Group;
  expect(group.id).toBe('rpm-program');
  expect(group.member).toHaveLength(RPM_EXPECTED.members);
  const read = await fhirGet(`${iss}/Group/rpm-program`, accessToken);
  expect(read.status).toBe(200);
  const member = group.member?.[0]?.entity.reference?.replace('Patient/', '') ?? '';
  const bp = await fhirGet(
    `${iss}/Observation?patient=${member}&code=http://loinc.org|85354-9&date=ge2026-10-11&_sort=-date&_count=100`,
    accessToken,
  );
  expect(bp.status).toBe(200);
  return ((await bp.json()) as Bundle).entry ?? [];
}

describe('no-patient launches', () => {
  it('provider standalone, no patient: a token without patient reads the Group and a member’s BP', async () => {
    const { iss, tokens, status } = await fullLaunch(
      sandbox,
      { launch_type: 'provider-standalone', provider: 'practitioner-1' },
      SCOPE,
    );
    expect(status).toBe(200);
    expect(tokens).not.toHaveProperty('patient');
    expect(tokens).not.toHaveProperty('encounter');
    expect(String(tokens.scope).split(' ')).toEqual(SCOPE.split(' '));
    const readings = await readProgram(iss, String(tokens.access_token));
    expect(readings.length).toBeGreaterThan(10);
  });

  it('EHR launch without a patient: launch code minted, token has no patient', async () => {
    const { iss, tokens, status } = await fullLaunch(
      sandbox,
      { provider: 'practitioner-1' },
      `launch ${SCOPE}`,
    );
    expect(status).toBe(200);
    expect(tokens).not.toHaveProperty('patient');
    expect(iss).toBe(sandbox.fhirBase);
    expect((await readProgram(iss, String(tokens.access_token))).length).toBeGreaterThan(10);
  });

  it('the same launch without user/Observation.rs is refused the readings (403)', async () => {
    const { iss, tokens } = await fullLaunch(
      sandbox,
      { launch_type: 'provider-standalone', provider: 'practitioner-1' },
      'openid fhirUser user/Group.rs',
    );
    const token = String(tokens.access_token);
    expect((await fhirGet(`${iss}/Group/rpm-program`, token)).status).toBe(200);
    expect((await fhirGet(`${iss}/Observation?patient=rpm-001`, token)).status).toBe(403);
  });

  it.each([
    [{ launch_type: 'patient-standalone' }, 'patient is required'],
    [{ provider: 'practitioner-1', encounter: 'nope' }, 'unknown encounter'],
  ])('still refuses %o', async (query, message) => {
    const response = await launcher(query);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
  });

  it('the simulated EHR says no patient is in context', async () => {
    const to = new URL(
      (await launcher({ provider: 'practitioner-1', sim_ehr: '1' })).headers.get('location') ?? '',
    );
    expect(to.pathname).toBe('/ehr');
    expect(to.searchParams.has('patient')).toBe(false);
    const html = await (await fetch(to)).text();
    expect(html).toContain('No patient in context');
    expect(html).toContain('Dr. Sarah Kim');
  });
});

describe('the launcher page', () => {
  it('keeps the personas first and the 250 program members in their own group, with a no-patient launch', async () => {
    const html = await (await fetch(`${sandbox.url}/`)).text();
    const select = /<select name="patient">([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    const groups = [...select.matchAll(/<optgroup label="([^"]*)">([\s\S]*?)<\/optgroup>/g)];
    expect(groups.map((g) => g[1])).toEqual([
      'Patients',
      'No patient',
      'Remote monitoring program (Group/rpm-program, 250 patients)',
    ]);
    expect(groups[0]?.[2]).toMatch(/^<option value="hypertension-home"/);
    expect(groups[0]?.[2]).not.toContain('rpm-');
    expect(groups[1]?.[2]).toContain('<option value="">');
    expect(groups[2]?.[2]?.match(/<option /g)).toHaveLength(250);
    expect(html).toContain(
      '<form method="get" action="/launcher" aria-label="Provider standalone, no patient">',
    );
    expect(html).toContain('<input type="hidden" name="launch_type" value="provider-standalone">');
  });
});
