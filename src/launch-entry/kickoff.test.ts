/**
 * The redirect page's early start (issue 12): the code exchange, config.json and discovery begin
 * before React only when the app's own first look at the callback would exchange the code, and the
 * app then finds the same exchange (the token endpoint is asked once), never a second one.
 */
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server, TEST_FHIR_BASE } from '../../mocks/server';

const TOKEN_URL = 'https://auth.test/token';

function tabStarted(extra: object = {}) {
  sessionStorage.setItem('SMART_KEY', JSON.stringify('k1'));
  sessionStorage.setItem(
    'k1',
    JSON.stringify({
      serverUrl: TEST_FHIR_BASE,
      clientId: 'tensio',
      redirectUri: 'http://localhost:3000/',
      tokenUri: TOKEN_URL,
      key: 'k1',
      ...extra,
    }),
  );
}

let asked: string[] = [];

beforeEach(() => {
  vi.resetModules();
  sessionStorage.clear();
  asked = [];
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => {
    asked.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  server.use(
    http.post(TOKEN_URL, () =>
      HttpResponse.json({ access_token: 'a1', token_type: 'Bearer', patient: 'p1' }),
    ),
    http.get(`${TEST_FHIR_BASE}/.well-known/smart-configuration`, () =>
      HttpResponse.json({ issuer: 'https://auth.test', jwks_uri: 'https://auth.test/jwks' }),
    ),
    http.get('https://auth.test/jwks', () => HttpResponse.json({ keys: [] })),
  );
});

const kickOff = async () => (await import('./kickoff')).kickOff;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('kickOff', () => {
  it.each([
    { name: 'an authorize error', path: '/', search: '?error=access_denied&state=k1' },
    { name: 'a code for a launch this tab did not start', path: '/', search: '?code=c1&state=x' },
    { name: 'the launch page', path: '/launch', search: '?code=c1&state=k1' },
  ])('starts nothing for $name', async ({ path, search }) => {
    tabStarted();
    window.history.replaceState(null, '', '/elsewhere');
    const start = await kickOff();
    asked = [];
    expect(start({ pathname: path, search })).toEqual({ exchange: false, discovery: false });
    await settle();
    expect(asked).toEqual([]);
  });

  it('exchanges the code once: the app gets the exchange already started', async () => {
    tabStarted();
    window.history.replaceState(null, '', '/?code=c1&state=k1');
    // Importing the module is the page's start: it kicks off on its own.
    await import('./kickoff');
    // Before any app code asks: the token, config.json, discovery and the signing keys are on their way.
    await vi.waitFor(() => {
      expect(asked).toEqual(
        expect.arrayContaining([
          'POST /token',
          'GET /config.json',
          'GET /r4/.well-known/smart-configuration',
          'GET /jwks',
        ]),
      );
    });
    const { readyOnce } = await import('../smart/session');
    const client = await readyOnce();
    expect(client.getState('tokenResponse.access_token')).toBe('a1');
    expect(asked.filter((a) => a === 'POST /token')).toHaveLength(1);
  });

  it('on a reload (no code) restores the session and asks for no discovery', async () => {
    tabStarted({ tokenResponse: { access_token: 'a1', patient: 'p1' } });
    window.history.replaceState(null, '', '/elsewhere');
    const start = await kickOff();
    asked = [];
    expect(start({ pathname: '/', search: '' })).toEqual({ exchange: true, discovery: false });
    // config.json is asked from a second module, loaded after the exchange has started.
    await vi.waitFor(() => {
      expect(asked).toContain('GET /config.json');
    });
    await settle();
    expect(asked).toEqual(['GET /config.json']);
  });
});
