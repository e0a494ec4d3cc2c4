/**
 * The React-free authorize step: the redirect it builds (RFC 6749 §4.1.1 + PKCE S256 + SMART `aud` and
 * `launch`), the refusals, and — the point of storing fhirclient's own format — fhirclient's `ready()`
 * completing the code exchange from what it stored, with the PKCE verifier whose challenge was sent.
 */
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/server';
import { FHIR } from '../smart/client';
import { prepareAuthorize, SMART_KEY, type LaunchRequest } from './smart-launch';

const ISS = 'https://ehr.test/fhir';
const request: LaunchRequest = {
  iss: ISS,
  launch: 'launch-123',
  clientId: 'tensio',
  scope: 'launch openid fhirUser patient/Observation.rs',
  redirectUri: 'http://localhost:3000/',
  pkceMode: 'required',
};

function wellKnown(body: object) {
  server.use(http.get(`${ISS}/.well-known/smart-configuration`, () => HttpResponse.json(body)));
}
const smartConfig = {
  authorization_endpoint: 'https://auth.test/authorize',
  token_endpoint: 'https://auth.test/token',
  code_challenge_methods_supported: ['S256'],
};

const sha256url = async (text: string) => {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(d)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

beforeEach(() => {
  sessionStorage.clear();
});

describe('prepareAuthorize', () => {
  it('builds the authorize URL with state, aud, launch and an S256 challenge of the stored verifier', async () => {
    wellKnown(smartConfig);
    const url = new URL(await prepareAuthorize(request));
    expect(url.origin + url.pathname).toBe('https://auth.test/authorize');
    const p = url.searchParams;
    expect(Object.fromEntries(p)).toMatchObject({
      response_type: 'code',
      client_id: 'tensio',
      scope: request.scope,
      redirect_uri: request.redirectUri,
      aud: ISS,
      launch: 'launch-123',
      code_challenge_method: 'S256',
    });
    const key = p.get('state') ?? '';
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.parse(sessionStorage.getItem(SMART_KEY) ?? '')).toBe(key);
    const state = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, string>;
    expect(state).toMatchObject({ serverUrl: ISS, tokenUri: 'https://auth.test/token', key });
    expect(p.get('code_challenge')).toBe(await sha256url(state.codeVerifier ?? ''));
  });

  it('asks the scope discovery allows: a v1-only server gets what the scope function answers for v1', async () => {
    wellKnown({ ...smartConfig, capabilities: ['launch-ehr', 'permission-v1'] });
    const seen: string[][] = [];
    const url = new URL(
      await prepareAuthorize({
        ...request,
        scope: (e) => {
          seen.push(e.capabilities);
          return e.capabilities.includes('permission-v2')
            ? 'patient/Observation.rs'
            : 'patient/Observation.read';
        },
      }),
    );
    expect(seen).toEqual([['launch-ehr', 'permission-v1']]);
    // An EHR launch's scope gets its bare `launch`, as fhirclient adds it.
    expect(url.searchParams.get('scope')).toBe('patient/Observation.read launch');
  });

  it('refuses a server without S256 when PKCE is required, and stores nothing', async () => {
    wellKnown({ ...smartConfig, code_challenge_methods_supported: ['plain'] });
    await expect(prepareAuthorize(request)).rejects.toThrow(/S256/);
    expect(sessionStorage.getItem(SMART_KEY)).toBeNull();
  });

  it('refuses when neither discovery document can be read', async () => {
    server.use(
      http.get(
        `${ISS}/.well-known/smart-configuration`,
        () => new HttpResponse(null, { status: 404 }),
      ),
      http.get(`${ISS}/metadata`, () => new HttpResponse('<html>', { status: 200 })),
    );
    await expect(prepareAuthorize(request)).rejects.toThrow();
  });

  it('falls back to the CapabilityStatement oauth-uris (PKCE then only if not required)', async () => {
    server.use(
      http.get(
        `${ISS}/.well-known/smart-configuration`,
        () => new HttpResponse(null, { status: 404 }),
      ),
      http.get(`${ISS}/metadata`, () =>
        HttpResponse.json({
          resourceType: 'CapabilityStatement',
          rest: [
            {
              security: {
                extension: [
                  {
                    url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
                    extension: [
                      { url: 'authorize', valueUri: 'https://auth.test/a' },
                      { url: 'token', valueUri: 'https://auth.test/t' },
                    ],
                  },
                ],
              },
            },
          ],
        }),
      ),
    );
    const url = new URL(await prepareAuthorize({ ...request, pkceMode: 'ifSupported' }));
    expect(url.pathname).toBe('/a');
    expect(url.searchParams.has('code_challenge')).toBe(false);
  });

  it("is completed by fhirclient's ready(): the code exchange sends the stored verifier", async () => {
    wellKnown(smartConfig);
    const url = new URL(await prepareAuthorize(request));
    const key = url.searchParams.get('state') ?? '';
    const state = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { codeVerifier: string };
    let exchanged: URLSearchParams | undefined;
    server.use(
      http.post('https://auth.test/token', async ({ request: r }) => {
        exchanged = new URLSearchParams(await r.text());
        return HttpResponse.json({
          access_token: 'at',
          token_type: 'bearer',
          expires_in: 300,
          scope: 'launch openid patient/Observation.rs',
          patient: 'p1',
        });
      }),
    );
    window.history.replaceState(null, '', `/?code=the-code&state=${key}`);
    const client = await FHIR.oauth2.ready();
    expect(client.getPatientId()).toBe('p1');
    expect(exchanged?.get('code')).toBe('the-code');
    expect(exchanged?.get('code_verifier')).toBe(state.codeVerifier);
    expect(exchanged?.get('redirect_uri')).toBe(request.redirectUri);
  });
});
