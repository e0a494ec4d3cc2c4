/**
 * What the token response says decides refresh, not the vendor (docs/ehr-profiles.md): a refresh token
 * whose offline_access grant was not echoed in `scope` still refreshes (Epic, client-js#138); no refresh
 * token at all means no refresh, and the session ends when the token does, on the session-ended page.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { canRefresh, clientFromState, sharedRefresh } from './client';
import { buildSession } from './session';

const TOKEN_URL = 'https://auth.test/token';

const client = (tokenResponse: Record<string, unknown>, expiresInS = 5) =>
  clientFromState({
    serverUrl: TEST_FHIR_BASE,
    clientId: 'tensio',
    tokenUri: TOKEN_URL,
    expiresAt: Math.floor(Date.now() / 1000) + expiresInS,
    tokenResponse: { access_token: 'old', patient: 'p1', ...tokenResponse },
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('refresh follows the token response', () => {
  it.each([
    [
      'a refresh token, offline_access echoed',
      { refresh_token: 'r', scope: 'offline_access x' },
      true,
    ],
    ['a refresh token, grant not echoed', { refresh_token: 'r', scope: 'patient/*.rs' }, true],
    ['a refresh token, no scope at all', { refresh_token: 'r' }, true],
    ['no refresh token, offline_access echoed', { scope: 'offline_access patient/*.rs' }, false],
  ])('%s: canRefresh is %s', (_name, response, expected) => {
    expect(canRefresh(client(response))).toBe(expected);
  });

  it.each([
    ['the server echoes a new scope', { scope: 'patient/*.rs launch' }, 'patient/*.rs launch'],
    ['the server echoes none', {}, 'patient/*.rs'],
  ])('an unechoed grant refreshes; afterwards %s', async (_name, extra, scopeAfter) => {
    let body = '';
    server.use(
      http.post(TOKEN_URL, async ({ request }) => {
        body = await request.text();
        return HttpResponse.json({
          access_token: 'new',
          expires_in: 600,
          token_type: 'bearer',
          ...extra,
        });
      }),
    );
    const c = client({ refresh_token: 'r1', scope: 'patient/*.rs' });
    await sharedRefresh(c);
    expect(new URLSearchParams(body).get('grant_type')).toBe('refresh_token');
    expect(c.state.tokenResponse?.access_token).toBe('new');
    expect(c.state.tokenResponse?.scope).toBe(scopeAfter);
  });

  it('without a refresh token the session ends when the token does, with no token request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let calls = 0;
    server.use(
      http.post(TOKEN_URL, () => {
        calls++;
        return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
      }),
    );
    const onEnded = vi.fn();
    const { stop } = buildSession(
      client({ scope: 'patient/*.rs' }, 60),
      { onEnded, onRefreshed: vi.fn(), onSignedOut: vi.fn() },
      { status: 'none' },
    );
    await vi.advanceTimersByTimeAsync(59_000);
    expect(onEnded).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onEnded).toHaveBeenCalledExactlyOnceWith('unauthorized');
    expect(calls).toBe(0);
    stop();
  });
});
