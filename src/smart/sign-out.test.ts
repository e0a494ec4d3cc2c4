/** Sign-out: RFC 7009 revocation where offered (counted with msw), then nothing left in the tab. */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { clientFromState } from './client';
import { forgetDiscovery } from './discovery';
import { saveLaunchMeta } from './launch-meta';
import { buildSession } from './session';

const AUTH = 'https://auth.test';
const revoked: URLSearchParams[] = [];

function serve({ revocation }: { revocation?: string }) {
  revoked.length = 0;
  server.use(
    http.get(`${TEST_FHIR_BASE}/.well-known/smart-configuration`, () =>
      HttpResponse.json({
        issuer: AUTH,
        jwks_uri: `${AUTH}/jwks`,
        ...(revocation ? { revocation_endpoint: revocation } : {}),
      }),
    ),
    http.post(`${AUTH}/revoke`, async ({ request }) => {
      revoked.push(new URLSearchParams(await request.text()));
      return new HttpResponse(null, { status: 200 });
    }),
    http.post('https://elsewhere.test/revoke', () => {
      throw new Error('a token went to another host');
    }),
  );
}

/** A launched tab: fhirclient's state and pointer, our launch notes, the identity outcome. */
function launchedTab() {
  const state = {
    serverUrl: TEST_FHIR_BASE,
    clientId: 'tensio',
    tokenUri: `${AUTH}/token`,
    key: 'k1',
    tokenResponse: {
      access_token: 'a1',
      refresh_token: 'r1',
      id_token: 'i.d.t',
      patient: 'p1',
      scope: 'online_access patient/*.rs',
    },
  };
  sessionStorage.setItem('SMART_KEY', JSON.stringify('k1'));
  sessionStorage.setItem('k1', JSON.stringify(state));
  sessionStorage.setItem('tensio:identity', JSON.stringify({ signature: 't' }));
  saveLaunchMeta({ kind: 'standalone', iss: TEST_FHIR_BASE, serverId: 's' });
  const onSignedOut = vi.fn();
  const built = buildSession(
    clientFromState(state),
    { onEnded: vi.fn(), onRefreshed: vi.fn(), onSignedOut },
    { status: 'none' },
  );
  return { ...built, onSignedOut };
}

afterEach(() => {
  forgetDiscovery();
});

describe('sign-out', () => {
  it('revokes the refresh token, then the access token, and empties sessionStorage', async () => {
    serve({ revocation: `${AUTH}/revoke` });
    const { session, onSignedOut } = launchedTab();
    expect(sessionStorage.length).toBe(4);
    await expect(session.signOut()).resolves.toBe('revoked');
    expect(
      revoked.map((p) => [p.get('token'), p.get('token_type_hint'), p.get('client_id')]),
    ).toEqual([
      ['r1', 'refresh_token', 'tensio'],
      ['a1', 'access_token', 'tensio'],
    ]);
    expect(sessionStorage.length).toBe(0);
    expect(onSignedOut).toHaveBeenCalledWith('revoked');
  });

  it('still clears the tab when the server offers no revocation', async () => {
    serve({});
    const { session } = launchedTab();
    await expect(session.signOut()).resolves.toBe('not-offered');
    expect(revoked).toHaveLength(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('never sends a token to a revocation endpoint on another host than the token endpoint', async () => {
    serve({ revocation: 'https://elsewhere.test/revoke' });
    const { session } = launchedTab();
    await expect(session.signOut()).resolves.toBe('not-offered');
    expect(sessionStorage.length).toBe(0);
  });

  it('reports a revocation the server refused, and clears the tab anyway', async () => {
    serve({ revocation: `${AUTH}/revoke` });
    server.use(http.post(`${AUTH}/revoke`, () => new HttpResponse(null, { status: 503 })));
    const { session } = launchedTab();
    await expect(session.signOut()).resolves.toBe('failed');
    expect(sessionStorage.length).toBe(0);
  });
});
