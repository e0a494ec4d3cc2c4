import { describe, expect, it } from 'vitest';
import { oracleHealth, withSynonymCoding } from '../src/profiles/oracle-health';
import { sandboxForFile } from './auth-helpers';
import {
  corsGet,
  launchWith,
  revoke,
  SCOPE_OFFLINE,
  SCOPE_ONLINE,
  searchVia,
} from './profile-helpers';

const sandbox = sandboxForFile();

describe('ehr_profile=oracle-health: tokens', () => {
  it('access tokens last 570 s and online_access brings a refresh token', async () => {
    const { tokens } = await launchWith(sandbox, 'oracle-health', SCOPE_ONLINE);
    expect(tokens.expires_in).toBe(570);
    expect(typeof tokens.refresh_token).toBe('string');
    expect(String(tokens.scope).split(' ')).toContain('online_access');
  });

  it('a public client asking offline_access gets no refresh token', async () => {
    const { tokens } = await launchWith(sandbox, 'oracle-health', SCOPE_OFFLINE);
    expect(tokens.refresh_token).toBeUndefined();
  });

  it('a token_ttl fault still wins over the profile lifetime', async () => {
    const { tokens } = await launchWith(sandbox, 'oracle-health', SCOPE_ONLINE, {
      token_ttl: '30',
    });
    expect(tokens.expires_in).toBe(30);
  });
});

describe('ehr_profile=oracle-health: 401 without CORS headers', () => {
  it('an EHR launch token, once revoked, is refused without Access-Control-Allow-Origin', async () => {
    const { accessToken } = await launchWith(sandbox, 'oracle-health', SCOPE_ONLINE);
    expect(
      (await corsGet(`${sandbox.fhirBase}/Patient/hypertension-home`, accessToken)).allowOrigin,
    ).toBe('http://127.0.0.1:5173');
    await revoke(sandbox, accessToken);
    const refused = await corsGet(`${sandbox.fhirBase}/Patient/hypertension-home`, accessToken);
    expect(refused).toEqual({ status: 401, allowOrigin: null });
  });

  it('an unknown token on a pre-answered oracle-health base is refused without CORS too', async () => {
    const { iss } = await launchWith(sandbox, 'oracle-health', 'launch/patient patient/*.rs', {
      launch_type: 'patient-standalone',
    });
    expect(await corsGet(`${iss}/Observation`, 'not-a-token')).toEqual({
      status: 401,
      allowOrigin: null,
    });
  });

  it('without a profile a 401 keeps its CORS headers', async () => {
    const { accessToken } = await launchWith(sandbox, undefined, SCOPE_ONLINE);
    await revoke(sandbox, accessToken);
    expect(await corsGet(`${sandbox.fhirBase}/Observation`, accessToken)).toEqual({
      status: 401,
      allowOrigin: 'http://127.0.0.1:5173',
    });
  });
});

describe('ehr_profile=oracle-health: searches', () => {
  it.each([
    ['Observation?patient=p&_count=1000', '_count', '200'],
    ['Observation?patient=p', '_count', '50'],
    ['MedicationStatement?patient=p&_count=200', '_count', '60'],
    ['Observation?patient=p&_sort=date', '_sort', '-date'],
    ['Observation?patient=p&_lastUpdated=ge2024', '_sort', '-_lastUpdated'],
  ])('%s reaches the store with %s=%s', async (path, key, value) => {
    const { accessToken } = await launchWith(sandbox, 'oracle-health', SCOPE_ONLINE);
    const { reached } = await searchVia(sandbox, sandbox.fhirBase, path, accessToken);
    expect(reached?.query.getAll(key)).toEqual([value]);
  });

  it('an Observation search without patient is refused with an OperationOutcome', async () => {
    const { accessToken } = await launchWith(sandbox, 'oracle-health', SCOPE_ONLINE);
    const { response, body } = await searchVia(
      sandbox,
      sandbox.fhirBase,
      'Observation?code=x',
      accessToken,
    );
    expect(response.status).toBe(400);
    expect(body.resourceType).toBe('OperationOutcome');
  });

  it('MedicationRequest searches pass unchanged', async () => {
    const { accessToken } = await launchWith(sandbox, 'oracle-health', SCOPE_ONLINE);
    const { reached } = await searchVia(
      sandbox,
      sandbox.fhirBase,
      'MedicationRequest?patient=p&_count=500',
      accessToken,
    );
    expect(reached?.query.get('_count')).toBe('500');
  });
});

describe('oracle-health medication shapes', () => {
  const rx = {
    system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
    code: '314076',
    display: 'lisinopril 10 MG Oral Tablet',
  };
  const request = (medication: Record<string, unknown>) => ({
    resourceType: 'MedicationRequest',
    id: 'm1',
    ...medication,
  });
  const systems = (r: Record<string, unknown>) =>
    (
      (r.medicationCodeableConcept as { coding?: { system: string }[] } | undefined)?.coding ?? []
    ).map((c) => c.system);
  const SYNONYM = 'https://fhir.cerner.com/ec2458f2-1e24-41c8-b71b-0e701af7583d/synonym';

  it.each([
    [
      'RxNorm coding',
      request({ medicationCodeableConcept: { coding: [rx] } }),
      [rx.system, SYNONYM],
    ],
    ['text only', request({ medicationCodeableConcept: { text: 'amlodipine 5 mg' } }), [SYNONYM]],
    ['a medicationReference', request({ medicationReference: { reference: 'Medication/x' } }), []],
    [
      'a MedicationStatement',
      { resourceType: 'MedicationStatement', medicationCodeableConcept: { coding: [rx] } },
      [rx.system],
    ],
  ])('%s -> codings %j', (_name, resource, expected) => {
    expect(systems(withSynonymCoding(resource))).toEqual(expected);
  });

  it('adds the synonym once, keeps the display, and reaches searchset entries', () => {
    const once = withSynonymCoding(request({ medicationCodeableConcept: { coding: [rx] } }));
    expect(withSynonymCoding(once)).toEqual(once);
    const bundle = {
      status: 200,
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [{ resource: request({ medicationCodeableConcept: { coding: [rx] } }) }],
      },
    };
    const out = oracleHealth.answer('MedicationRequest', bundle).body as {
      entry: { resource: Record<string, unknown> }[];
    };
    expect(systems(out.entry[0]?.resource ?? {})).toEqual([rx.system, SYNONYM]);
    const synonym = (
      out.entry[0]?.resource.medicationCodeableConcept as { coding: { display?: string }[] }
    ).coding[1];
    expect(synonym?.display).toBe(rx.display);
  });
});
