/** Discovery fields are read for shape: only http(s) URLs without credentials survive; failures are not cached. */
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { forgetDiscovery, readDiscovery } from './discovery';

const WELL_KNOWN = `${TEST_FHIR_BASE}/.well-known/smart-configuration`;
afterEach(() => {
  forgetDiscovery();
});

describe('readDiscovery', () => {
  it('keeps issuer, jwks_uri and revocation_endpoint that are http(s) URLs, drops the rest', async () => {
    server.use(
      http.get(WELL_KNOWN, () =>
        HttpResponse.json({
          issuer: 'https://auth.test',
          jwks_uri: 'javascript:alert(1)',
          revocation_endpoint: 'https://user:pw@auth.test/revoke',
        }),
      ),
      http.get('https://auth.test/.well-known/openid-configuration', () =>
        HttpResponse.json({ issuer: 'https://other.test', jwks_uri: 'https://other.test/jwks' }),
      ),
    );
    // The OpenID document names another issuer: its keys are not taken.
    expect(await readDiscovery(TEST_FHIR_BASE)).toEqual({ issuer: 'https://auth.test' });
  });

  it('asks again after a failed read', async () => {
    server.use(http.get(WELL_KNOWN, () => new HttpResponse(null, { status: 503 })));
    await expect(readDiscovery(TEST_FHIR_BASE)).rejects.toThrow(/503/);
    server.use(
      http.get(WELL_KNOWN, () =>
        HttpResponse.json({ issuer: 'https://auth.test', jwks_uri: 'https://auth.test/jwks' }),
      ),
    );
    await expect(readDiscovery(TEST_FHIR_BASE)).resolves.toEqual({
      issuer: 'https://auth.test',
      jwksUri: 'https://auth.test/jwks',
    });
  });

  it('never throws past a rejection on random and type-confused documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        forgetDiscovery();
        server.use(http.get(WELL_KNOWN, () => HttpResponse.json(body)));
        server.use(
          http.get(/openid-configuration$/, () => new HttpResponse(null, { status: 404 })),
        );
        const read = await readDiscovery(TEST_FHIR_BASE).catch(() => ({}));
        for (const value of Object.values(read)) expect(String(value)).toMatch(/^https?:/);
      }),
      { numRuns: 50 },
    );
  });
});
