import { createPublicKey, verify, type JsonWebKey as NodeJwk } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fhirGet, fullLaunch, sandboxForFile } from './auth-helpers';

const sandbox = sandboxForFile();

const EHR_SCOPE = 'launch openid fhirUser offline_access patient/Observation.rs patient/Patient.rs';

describe('EHR launch, code + PKCE', () => {
  it('returns tokens with the launch context, and the token reaches FHIR as an AccessGrant', async () => {
    const { iss, tokens, status } = await fullLaunch(
      sandbox,
      { patient: 'hypertension-home', provider: 'practitioner-2' },
      EHR_SCOPE,
    );
    expect(status).toBe(200);
    expect(iss).toBe(sandbox.fhirBase);
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      patient: 'hypertension-home',
      encounter: 'enc-1',
      need_patient_banner: true,
      smart_style_url: `${sandbox.url}/smart-style.json`,
      scope: EHR_SCOPE,
    });
    expect(typeof tokens.refresh_token).toBe('string');
    expect(typeof tokens.id_token).toBe('string');
    const [, payload = ''] = String(tokens.id_token).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims.fhirUser).toBe(`${sandbox.fhirBase}/Practitioner/practitioner-2`);

    const response = await fhirGet(
      `${sandbox.fhirBase}/Observation?patient=hypertension-home`,
      String(tokens.access_token),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/fhir+json');
    const last = sandbox.fhir.requests.at(-1);
    expect(last?.grant).toEqual({
      scopes: EHR_SCOPE.split(' '),
      patient: 'hypertension-home',
      fhirUser: 'Practitioner/practitioner-2',
    });
    expect(last?.baseUrl).toBe(sandbox.fhirBase);
  });
});

describe('token endpoint CORS (the app calls it from the browser)', () => {
  it('allows a loopback origin and refuses a foreign one', async () => {
    const { tokens } = await fullLaunch(sandbox, { patient: 'hypertension-home' }, EHR_SCOPE);
    const refresh = (origin: string) =>
      fetch(`${sandbox.url}/auth/token`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: 'tensio',
          grant_type: 'refresh_token',
          refresh_token: String(tokens.refresh_token),
        }).toString(),
      });
    const foreign = await refresh('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const local = await refresh('http://127.0.0.1:5173');
    expect(local.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
  });
});

describe('id_token', () => {
  it('is RS256, verifiable with the published JWKS', async () => {
    const { tokens } = await fullLaunch(sandbox, { patient: 'hypertension-home' }, EHR_SCOPE);
    const [header = '', payload = '', signature = ''] = String(tokens.id_token).split('.');
    const { alg, kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as {
      alg: string;
      kid: string;
    };
    expect(alg).toBe('RS256');
    const jwks = (await (await fetch(`${sandbox.url}/auth/jwks`)).json()) as {
      keys: (NodeJwk & { kid: string })[];
    };
    const jwk = jwks.keys.find((k) => k.kid === kid);
    expect(jwk).toBeDefined();
    const key = createPublicKey({ key: jwk ?? {}, format: 'jwk' });
    expect(
      verify(
        'RSA-SHA256',
        Buffer.from(`${header}.${payload}`),
        key,
        Buffer.from(signature, 'base64url'),
      ),
    ).toBe(true);
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      iss: sandbox.url,
      aud: 'tensio',
      fhirUser: `${sandbox.fhirBase}/Practitioner/practitioner-1`,
    });
  });
});
