/**
 * A 401 without CORS headers reaches fetch as a TypeError (msw: HttpResponse.error()). The gateway
 * must read it as a refused token — refresh once, else end the session — when the token is past its
 * expiry, or when the server's metadata answers (after the request's own retries); a failure that a
 * fresh token does not cure and a server that answers nothing stay "network".
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { fhirJson } from '../../mocks/fhir';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { createGateway, type TokenSource } from './gateway';
import { hidden401Check } from './hidden-401';
import { isFhirError } from './types';

const capability = { resourceType: 'CapabilityStatement', status: 'active' };

function tokens(o: { expiresAt?: number; refresh?: () => Promise<boolean> } = {}) {
  let bearer = 'Bearer t1';
  const refreshAfterUnauthorized = vi.fn(async () => {
    const ok = await (o.refresh ?? (() => Promise.resolve(false)))();
    if (ok) bearer = 'Bearer t2';
    return ok;
  });
  const source: TokenSource = {
    authorizationHeader: () => bearer,
    ensureFresh: () => Promise.resolve(),
    refreshAfterUnauthorized,
    expiresAt: () => o.expiresAt,
  };
  return { source, refreshAfterUnauthorized };
}

/** Patient/p fails at the network level for the first bearer, answers for a refreshed one. */
function patientHiddenFor(bearer: string) {
  server.use(
    http.get(`${TEST_FHIR_BASE}/Patient/p`, ({ request }) =>
      request.headers.get('authorization') === bearer
        ? HttpResponse.error()
        : fhirJson({ resourceType: 'Patient', id: 'p' }),
    ),
  );
}

function metadata(answer: 'up' | 'down') {
  let calls = 0;
  server.use(
    http.get(`${TEST_FHIR_BASE}/metadata`, () => {
      calls++;
      return answer === 'up' ? fhirJson(capability) : HttpResponse.error();
    }),
  );
  return () => calls;
}

const gatewayWith = (source: TokenSource, onSessionEnded = vi.fn()) => ({
  onSessionEnded,
  gateway: createGateway({
    serverUrl: TEST_FHIR_BASE,
    tokens: source,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
    onSessionEnded,
  }),
});

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('a network failure that hides a 401', () => {
  it('ends the session when the server is up and the token endpoint refuses the refresh', async () => {
    patientHiddenFor('Bearer t1');
    metadata('up');
    const { source, refreshAfterUnauthorized } = tokens({
      refresh: () => Promise.reject(new Error('invalid_grant')),
    });
    const { gateway, onSessionEnded } = gatewayWith(source);
    const error = await failureOf(gateway.read('Patient', 'p'));
    expect(isFhirError(error) && error.kind).toBe('unauthorized');
    expect(refreshAfterUnauthorized).toHaveBeenCalledTimes(1);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    expect(onSessionEnded.mock.calls[0]?.[0]).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('ends the session when the server is up and no refresh token can test it (a persistent failure)', async () => {
    server.use(http.get(`${TEST_FHIR_BASE}/Patient/p`, () => HttpResponse.error()));
    metadata('up');
    const { source } = tokens({ expiresAt: Date.now() + 60_000 });
    const { gateway, onSessionEnded } = gatewayWith(source);
    const error = await failureOf(gateway.read('Patient', 'p'));
    expect(isFhirError(error) && error.kind).toBe('unauthorized');
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('stays "network" when a fresh token fails the same way: the session lives on', async () => {
    // Fails for every bearer: not a token problem.
    server.use(http.get(`${TEST_FHIR_BASE}/Patient/p`, () => HttpResponse.error()));
    metadata('up');
    const { source, refreshAfterUnauthorized } = tokens({
      refresh: () => Promise.resolve(true),
      expiresAt: Date.now() + 60_000,
    });
    const { gateway, onSessionEnded } = gatewayWith(source);
    const error = await failureOf(gateway.read('Patient', 'p'));
    expect(isFhirError(error) && error.kind).toBe('network');
    expect(refreshAfterUnauthorized).toHaveBeenCalledTimes(1);
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('is refreshed once and the request retried with the new token', async () => {
    patientHiddenFor('Bearer t1');
    metadata('up');
    const { source } = tokens({ refresh: () => Promise.resolve(true) });
    const { gateway, onSessionEnded } = gatewayWith(source);
    await expect(gateway.read('Patient', 'p')).resolves.toMatchObject({ id: 'p' });
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('is a refused token without any probe when the token is past its expiry', async () => {
    patientHiddenFor('Bearer t1');
    const probes = metadata('down');
    const { gateway, onSessionEnded } = gatewayWith(
      tokens({ expiresAt: Date.now() - 1000 }).source,
    );
    const error = await failureOf(gateway.read('Patient', 'p'));
    expect(isFhirError(error) && error.kind).toBe('unauthorized');
    expect(probes()).toBe(0);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('stays "network" (the session lives on) when the server answers nothing at all', async () => {
    patientHiddenFor('Bearer t1');
    metadata('down');
    const { gateway, onSessionEnded } = gatewayWith(
      tokens({ expiresAt: Date.now() + 60_000 }).source,
    );
    const error = await failureOf(gateway.read('Patient', 'p'));
    expect(isFhirError(error) && error.kind).toBe('network');
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('concurrent failures share one metadata probe', async () => {
    const probes = metadata('up');
    const check = hidden401Check({ base: TEST_FHIR_BASE });
    const answers = await Promise.all([check(), check(), check()]);
    expect(answers).toEqual(['reachable', 'reachable', 'reachable']);
    expect(probes()).toBe(1);
  });
});
