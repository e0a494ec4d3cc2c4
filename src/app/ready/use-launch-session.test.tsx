/**
 * The proactive refresh runs as long as the page, in dev (StrictMode) as in production: no
 * component's unmount (StrictMode's simulated one included) stops it.
 */
import { act, renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import { clientFromState } from '../../smart/client';
import type * as SessionModule from '../../smart/session';
import { useLaunchSession } from './use-launch-session';

const TOKEN_URL = 'https://auth.test/token';
const client = clientFromState({
  serverUrl: TEST_FHIR_BASE,
  clientId: 'tensio',
  tokenUri: TOKEN_URL,
  tokenResponse: {
    access_token: 'a1',
    refresh_token: 'r1',
    scope: 'launch/patient online_access patient/*.rs',
    patient: 'p1',
  },
});

vi.mock('../../smart/session', async (original) => ({
  ...(await original<typeof SessionModule>()),
  readyOnce: () => Promise.resolve(client),
}));

afterEach(() => {
  vi.useRealTimers();
});

describe('useLaunchSession refresh timer', () => {
  it('still refreshes the token before expiry after the component unmounted (StrictMode)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    client.state.expiresAt = Math.floor(Date.now() / 1000) + 300;
    sessionStorage.setItem('SMART_KEY', JSON.stringify('k'));
    sessionStorage.setItem('k', JSON.stringify(client.state));
    window.history.replaceState(null, '', '/?code=c&state=k');
    let refreshed = 0;
    server.use(
      http.post(TOKEN_URL, () => {
        refreshed++;
        return HttpResponse.json({ access_token: 'a2', expires_in: 300, token_type: 'bearer' });
      }),
    );
    const { result, unmount } = renderHook(() => useLaunchSession(), { wrapper: StrictMode });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.step).toBe('ready');
    unmount();
    await vi.advanceTimersByTimeAsync(239_000);
    expect(refreshed).toBe(0); // not before 60 s ahead of expiry
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(() => {
      expect(refreshed).toBe(1);
    });
  });
});
