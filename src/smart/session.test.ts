import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { fhirError, fhirJson } from '../../mocks/fhir';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { clientFromState, tokenSource } from './client';
import { createGateway } from './gateway';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter } from './http';
import { decideMode, parseFhirUser } from './session';
import { hasStoredState, readCallback } from './stored-state';

describe('launch context', () => {
  it.each([
    ['Practitioner/practitioner-1', { resourceType: 'Practitioner', id: 'practitioner-1' }],
    ['http://127.0.0.1:4400/v/abc/fhir/Patient/p-1', { resourceType: 'Patient', id: 'p-1' }],
    ['https://x/fhir/Practitioner/9/_history/2', { resourceType: 'Practitioner', id: '9' }],
    ['not a reference', undefined],
    [undefined, undefined],
  ])('parses fhirUser %s', (value, expected) => {
    expect(parseFhirUser(value)).toEqual(expected);
  });

  it('decides the mode from fhirUser first, then the launch kind and the start-page choice', () => {
    expect(decideMode('ehr', { resourceType: 'Patient', id: '1' })).toBe('patient');
    expect(decideMode('standalone', { resourceType: 'Practitioner', id: '1' }, 'patient')).toBe(
      'clinician',
    );
    expect(decideMode('ehr', undefined)).toBe('clinician');
    expect(decideMode('standalone', undefined, 'clinician')).toBe('clinician');
    expect(decideMode('standalone', undefined, 'patient')).toBe('patient');
    // A standalone launch from elsewhere (no start-page choice) without a verified user.
    expect(decideMode('standalone', undefined)).toBe('clinician');
  });

  it('knows when the tab holds no launch state', () => {
    expect(hasStoredState(readCallback('?code=a&state=s1'))).toBe(false);
    sessionStorage.setItem('s1', JSON.stringify({ serverUrl: 'x' }));
    expect(hasStoredState(readCallback('?code=a&state=s1'))).toBe(true);
    sessionStorage.setItem('SMART_KEY', JSON.stringify('s1'));
    expect(hasStoredState(readCallback(''))).toBe(true);
  });

  it('reads an authorize error from the callback', () => {
    expect(readCallback('?error=access_denied&error_description=User%20said%20no&state=s')).toEqual(
      {
        error: 'access_denied',
        errorDescription: 'User said no',
        state: 's',
      },
    );
  });
});

describe('retry timing', () => {
  it('parses Retry-After seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(5000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped, and obeys Retry-After up to the cap', () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const ceiling = Math.min(DEFAULT_RETRY.baseDelayMs * 2 ** attempt, DEFAULT_RETRY.maxDelayMs);
      const d = backoffDelay(attempt, DEFAULT_RETRY);
      expect(d).toBeGreaterThanOrEqual(ceiling / 2);
      expect(d).toBeLessThanOrEqual(ceiling);
    }
    expect(backoffDelay(0, DEFAULT_RETRY, 2000)).toBe(2000);
    expect(backoffDelay(0, DEFAULT_RETRY, 10 * 60_000)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
});

describe('401 with a refresh token', () => {
  const TOKEN_URL = 'https://auth.test/token';
  const state = (scope: string) => ({
    serverUrl: TEST_FHIR_BASE,
    clientId: 'tensio',
    tokenUri: TOKEN_URL,
    expiresAt: Math.floor(Date.now() / 1000) + 3600,
    tokenResponse: { access_token: 'old', refresh_token: 'r1', scope },
  });

  it('refreshes once (sending client_id) and retries with the new token', async () => {
    let body = '';
    server.use(
      http.post(TOKEN_URL, async ({ request }) => {
        body = await request.text();
        return HttpResponse.json({ access_token: 'new', expires_in: 300, token_type: 'bearer' });
      }),
      http.get(`${TEST_FHIR_BASE}/Patient/p`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer new'
          ? fhirJson({ resourceType: 'Patient', id: 'p' })
          : fhirError(401),
      ),
    );
    const gateway = createGateway({
      serverUrl: TEST_FHIR_BASE,
      tokens: tokenSource(clientFromState(state('online_access patient/*.rs'))),
    });
    await expect(gateway.read('Patient', 'p')).resolves.toMatchObject({ id: 'p' });
    expect(body).toContain('grant_type=refresh_token');
    expect(body).toContain('client_id=tensio');
  });

  it('ends the session when the refresh is refused', async () => {
    server.use(
      http.post(TOKEN_URL, () => HttpResponse.json({ error: 'invalid_grant' }, { status: 400 })),
      http.get(`${TEST_FHIR_BASE}/Patient/p`, () => fhirError(401)),
    );
    const onSessionEnded = vi.fn();
    const gateway = createGateway({
      serverUrl: TEST_FHIR_BASE,
      tokens: tokenSource(clientFromState(state('offline_access'))),
      onSessionEnded,
    });
    await expect(gateway.read('Patient', 'p')).rejects.toHaveProperty('kind', 'unauthorized');
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('never sends the token to a Location outside the FHIR base', async () => {
    server.use(
      http.post(
        `${TEST_FHIR_BASE}/Observation`,
        () =>
          new HttpResponse(null, {
            status: 201,
            headers: { location: 'https://elsewhere.test/Observation/1' },
          }),
      ),
    );
    const gateway = createGateway({
      serverUrl: TEST_FHIR_BASE,
      tokens: tokenSource(clientFromState(state('online_access'))),
    });
    await expect(
      gateway.create({ resourceType: 'Observation', status: 'final', code: {} }),
    ).rejects.toHaveProperty('kind', 'malformed');
  });
});
