/**
 * The shared refresh: one token request however many callers wait for it; a caller's cancel stops
 * only its own wait; a token endpoint that does not answer is not a refusal (the session lives on and
 * keeps its refresh token). The token endpoint answers when the test says so: no sleeps.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fhirJson } from '../../mocks/fhir';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { clientFromState, tokenSource } from './client';
import { createGateway } from './gateway';
import { buildSession } from './session';

const TOKEN_URL = 'https://auth.test/token';

/** A client whose token is about to expire (within fhirclient's 10 s margin), refresh allowed. */
const expiring = () =>
  clientFromState({
    serverUrl: TEST_FHIR_BASE,
    clientId: 'tensio',
    tokenUri: TOKEN_URL,
    expiresAt: Math.floor(Date.now() / 1000) + 5,
    tokenResponse: {
      access_token: 'old',
      refresh_token: 'r1',
      scope: 'online_access patient/*.rs',
    },
  });

function tokenEndpointOnCue() {
  let calls = 0;
  let answer: () => void = () => undefined;
  let arrived: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (arrived = resolve));
  const go = new Promise<void>((resolve) => (answer = resolve));
  server.use(
    http.post(TOKEN_URL, async () => {
      calls++;
      arrived();
      await go;
      return HttpResponse.json({ access_token: 'new', expires_in: 3600, token_type: 'bearer' });
    }),
  );
  return { reached, answer, calls: () => calls };
}

describe('shared refresh', () => {
  it('a cancelled query neither aborts the refresh others wait for nor ends the session', async () => {
    const token = tokenEndpointOnCue();
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${TEST_FHIR_BASE}/Patient/p`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return fhirJson({ resourceType: 'Patient', id: 'p' });
      }),
    );
    const onSessionEnded = vi.fn();
    const gateway = createGateway({
      serverUrl: TEST_FHIR_BASE,
      tokens: tokenSource(expiring()),
      onSessionEnded,
    });
    const query = new AbortController();
    const cancelled = gateway
      .read('Patient', 'p', { signal: query.signal })
      .catch((e: unknown) => e);
    const other = gateway.read('Patient', 'p');
    await token.reached;
    query.abort();
    expect(await cancelled).toHaveProperty('name', 'AbortError');
    token.answer();
    await expect(other).resolves.toMatchObject({ id: 'p' });
    expect(token.calls()).toBe(1);
    expect(seen).toEqual(['Bearer new']);
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('a token endpoint that cannot be reached is retryable: the session is not ended, the refresh token is kept', async () => {
    let calls = 0;
    server.use(
      http.post(TOKEN_URL, () => {
        calls++;
        return calls === 1
          ? HttpResponse.error()
          : HttpResponse.json({ access_token: 'new', expires_in: 3600, token_type: 'bearer' });
      }),
      http.get(`${TEST_FHIR_BASE}/Patient/p`, () => fhirJson({ resourceType: 'Patient', id: 'p' })),
    );
    const onSessionEnded = vi.fn();
    const client = expiring();
    const gateway = createGateway({
      serverUrl: TEST_FHIR_BASE,
      tokens: tokenSource(client),
      onSessionEnded,
    });
    await expect(gateway.read('Patient', 'p')).rejects.toHaveProperty('kind', 'network');
    expect(onSessionEnded).not.toHaveBeenCalled();
    expect(client.state.tokenResponse?.refresh_token).toBe('r1');
    await expect(gateway.read('Patient', 'p')).resolves.toMatchObject({ id: 'p' });
    expect(calls).toBe(2);
  });
});

describe('proactive refresh while offline', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('does not try (and lose the refresh token) while offline; refreshes when back online', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let calls = 0;
    server.use(
      http.post(TOKEN_URL, () => {
        calls++;
        return HttpResponse.json({ access_token: 'new', expires_in: 3600, token_type: 'bearer' });
      }),
    );
    const client = clientFromState({
      serverUrl: TEST_FHIR_BASE,
      clientId: 'tensio',
      tokenUri: TOKEN_URL,
      expiresAt: Math.floor(Date.now() / 1000) + 100,
      tokenResponse: {
        access_token: 'old',
        refresh_token: 'r1',
        scope: 'online_access patient/*.rs',
        patient: 'p1',
      },
    });
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onEnded = vi.fn();
    const onRefreshed = vi.fn();
    const { stop } = buildSession(
      client,
      { onEnded, onRefreshed, onSignedOut: vi.fn() },
      { status: 'none' },
    );
    await vi.advanceTimersByTimeAsync(100_000); // past the planned refresh (80 s) and the expiry
    expect(calls).toBe(0);
    expect(onEnded).not.toHaveBeenCalled();
    expect(client.state.tokenResponse?.refresh_token).toBe('r1');
    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => {
      expect(onRefreshed).toHaveBeenCalledOnce();
    });
    expect(calls).toBe(1);
    stop();
  });
});
