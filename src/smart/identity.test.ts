/**
 * The launch's id_token as the app meets it: discovery → JWKS → verification; only a verified fhirUser
 * chooses the view. The review's exploit (an unsigned token with fhirUser = Patient on a provider EHR
 * launch) must land in the clinician view with the user unknown.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_ID, ISSUER, makeSigner, unsignedToken } from '../../mocks/id-tokens';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { clientFromState } from './client';
import { forgetDiscovery } from './discovery';
import { checkIdentity } from './identity';
import { saveLaunchMeta } from './launch-meta';
import { buildSession } from './session';

const signer = await makeSigner();
const now = Math.floor(Date.now() / 1000);

const clientWith = (idToken: string | undefined) =>
  clientFromState({
    serverUrl: TEST_FHIR_BASE,
    clientId: CLIENT_ID,
    tokenResponse: {
      access_token: 'a1',
      patient: 'p1',
      scope: 'launch openid fhirUser patient/*.rs',
      ...(idToken ? { id_token: idToken } : {}),
    },
  });

let jwksCalls = 0;
function serveDiscovery(smart: Record<string, unknown> = {}) {
  jwksCalls = 0;
  server.use(
    http.get(`${TEST_FHIR_BASE}/.well-known/smart-configuration`, () =>
      HttpResponse.json({ issuer: ISSUER, jwks_uri: `${ISSUER}/jwks`, ...smart }),
    ),
    http.get(`${ISSUER}/jwks`, () => {
      jwksCalls++;
      return HttpResponse.json(signer.jwks);
    }),
  );
}

afterEach(() => {
  forgetDiscovery();
});

const hooks = { onEnded: vi.fn(), onRefreshed: vi.fn(), onSignedOut: vi.fn() };

describe('checkIdentity and the view it allows', () => {
  it('verifies a signed token and lets its fhirUser choose the patient view', async () => {
    serveDiscovery();
    const client = clientWith(await signer.sign({ jti: 'good' }));
    const identity = await checkIdentity(client);
    expect(identity.status).toBe('verified');
    saveLaunchMeta({ kind: 'ehr', iss: TEST_FHIR_BASE, serverId: 's' });
    const { session, stop } = buildSession(client, hooks, identity);
    stop();
    expect(session.mode).toBe('patient');
    expect(session.fhirUser).toEqual({ resourceType: 'Patient', id: 'p1' });
  });

  it('keeps the clinician view for an unsigned token claiming a patient (the review exploit)', async () => {
    serveDiscovery();
    const forged = unsignedToken({
      iss: 'https://evil.test',
      aud: 'x',
      sub: 'Patient/p1',
      exp: 1,
      fhirUser: 'Patient/p1',
    });
    const client = clientWith(forged);
    expect(client.getFhirUser()).toBe('Patient/p1'); // fhirclient decodes without checking
    const identity = await checkIdentity(client);
    expect(identity.status).toBe('unverified');
    saveLaunchMeta({ kind: 'ehr', iss: TEST_FHIR_BASE, serverId: 's' });
    const { session, stop } = buildSession(client, hooks, identity);
    stop();
    expect(session.mode).toBe('clinician');
    expect(session.fhirUser).toBeUndefined();
    expect(session.identity).toEqual(identity);
  });

  it('finds the keys through OpenID discovery when smart-configuration has no jwks_uri', async () => {
    serveDiscovery({ jwks_uri: undefined });
    server.use(
      http.get(`${ISSUER}/.well-known/openid-configuration`, () =>
        HttpResponse.json({ issuer: ISSUER, jwks_uri: `${ISSUER}/jwks` }),
      ),
    );
    expect((await checkIdentity(clientWith(await signer.sign()))).status).toBe('verified');
  });

  it('does not trust a token when the server publishes no keys', async () => {
    serveDiscovery({ jwks_uri: undefined });
    server.use(
      http.get(
        `${ISSUER}/.well-known/openid-configuration`,
        () => new HttpResponse(null, { status: 404 }),
      ),
    );
    expect(await checkIdentity(clientWith(await signer.sign()))).toEqual({
      status: 'unverified',
      reason: 'the server publishes no issuer or signing keys',
    });
  });

  it('remembers a verified token for this tab, so a reload after it expires keeps the view', async () => {
    serveDiscovery();
    const token = await signer.sign({ iat: now - 10, exp: now + 5 });
    expect((await checkIdentity(clientWith(token))).status).toBe('verified');
    const calls = jwksCalls;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3_600_000);
    try {
      expect((await checkIdentity(clientWith(token))).status).toBe('verified');
      expect(jwksCalls).toBe(calls);
      // Another token is judged on its own.
      expect((await checkIdentity(clientWith(await signer.sign({ exp: 1 })))).status).toBe(
        'unverified',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so when no id_token came', async () => {
    expect(await checkIdentity(clientWith(undefined))).toEqual({ status: 'none' });
  });
});
