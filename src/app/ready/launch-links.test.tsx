/**
 * What the redirect URI does with what arrives in its URL: an authorize error is believed only when its
 * `state` is a launch this tab started (a forged link changes nothing), a refused code exchange shows
 * the token endpoint's own reason as text, and an ended session leaves no token behind.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';

const TOKEN_URL = 'https://auth.test/token';
const state = (extra: object = {}) => ({
  serverUrl: TEST_FHIR_BASE,
  clientId: 'tensio',
  redirectUri: 'http://localhost:3000/',
  tokenUri: TOKEN_URL,
  key: 'k1',
  ...extra,
});

/** This tab started a launch whose state is k1 (and maybe holds its tokens). */
function tabStarted(extra: object = {}) {
  sessionStorage.setItem('SMART_KEY', JSON.stringify('k1'));
  sessionStorage.setItem('k1', JSON.stringify(state(extra)));
  sessionStorage.setItem(
    'tensio:launch',
    JSON.stringify({ kind: 'ehr', iss: TEST_FHIR_BASE, serverId: 's' }),
  );
}

const snapshot = () => Object.fromEntries(Object.entries(sessionStorage));

// Each test is a fresh page load: the hook reads the URL once per module instance.
const freshHook = async () => (await import('./use-launch-session')).useLaunchSession;

beforeEach(() => {
  vi.resetModules();
});

describe('authorize error links', () => {
  it('ignores an error link with no state, shows the neutral page and clears nothing', async () => {
    tabStarted({ tokenResponse: { access_token: 'a1', patient: 'p1' } });
    const before = snapshot();
    window.history.replaceState(
      null,
      '',
      '/?error=access_denied&error_description=Your%20account%20is%20locked.%20Call%20us%20and%20give%20your%20password.',
    );
    const useLaunchSession = await freshHook();
    const { result } = renderHook(() => useLaunchSession());
    expect(result.current).toEqual({ step: 'foreign-link', sessionHere: true });
    expect(snapshot()).toEqual(before);
    window.history.replaceState(
      null,
      '',
      '/?error=access_denied&error_description=Call%20us&state=forged',
    );
    vi.resetModules();
    const Page = (await import('./ready-page')).default;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Page />
      </QueryClientProvider>,
    );
    expect(
      screen.getByRole('heading', { name: 'This link did not come from a sign-in Tensio started' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Call us/)).not.toBeInTheDocument();
    expect(snapshot()).toEqual(before);
  });

  it('shows the error of a launch this tab started, and forgets that launch', async () => {
    tabStarted();
    window.history.replaceState(
      null,
      '',
      '/?error=access_denied&error_description=User%20said%20no&state=k1',
    );
    const useLaunchSession = await freshHook();
    const { result } = renderHook(() => useLaunchSession());
    expect(result.current).toMatchObject({
      step: 'auth-error',
      error: 'access_denied',
      description: 'User said no',
    });
    expect(sessionStorage.getItem('k1')).toBeNull();
    expect(sessionStorage.getItem('SMART_KEY')).toBeNull();
  });
});

describe('token endpoint errors', () => {
  it("carries the server's error and error_description through fhirclient, as text", async () => {
    tabStarted();
    server.use(
      http.post(TOKEN_URL, () =>
        HttpResponse.json(
          { error: 'invalid_grant', error_description: 'PKCE verification failed <b>x</b>' },
          { status: 400 },
        ),
      ),
    );
    window.history.replaceState(null, '', '/?code=c1&state=k1');
    const Page = (await import('./ready-page')).default;
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <Page />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('invalid_grant')).toBeInTheDocument();
    expect(screen.getByText('PKCE verification failed <b>x</b>')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(/HTTP 400/)).toBeInTheDocument();
  });
});

describe('an ended session', () => {
  it('forgets the tokens when the server refuses them (401)', async () => {
    tabStarted({ tokenResponse: { access_token: 'a1', patient: 'p1', scope: 'patient/*.rs' } });
    server.use(
      http.get(`${TEST_FHIR_BASE}/.well-known/smart-configuration`, () => HttpResponse.json({})),
    );
    window.history.replaceState(null, '', '/');
    const useLaunchSession = await freshHook();
    const { result } = renderHook(() => useLaunchSession());
    await waitFor(() => {
      expect(result.current.step).toBe('ready');
    });
    expect(sessionStorage.getItem('k1')).toContain('a1');
    server.use(
      http.get(`${TEST_FHIR_BASE}/Patient/p1`, () => new HttpResponse(null, { status: 401 })),
    );
    if (result.current.step !== 'ready') throw new Error('not ready');
    await result.current.session.gateway.read('Patient', 'p1').catch(() => undefined);
    await waitFor(() => {
      expect(result.current.step).toBe('ended');
    });
    expect(sessionStorage.getItem('k1')).toBeNull();
    expect(sessionStorage.getItem('SMART_KEY')).toBeNull();
    expect(Object.values(sessionStorage).join()).not.toContain('a1');
  });
});
