/**
 * The redirect-URI state machine: callback checked → code exchanged once → session ready, or one of
 * the end states (authorize error, state gone, exchange failed, session ended later).
 */
import { useEffect, useState } from 'react';
import { loadLaunchMeta, type LaunchMeta } from '../../smart/launch-meta';
import { buildSession, NoPatientError, readyOnce, type EndReason } from '../../smart/session';
import { clearStoredState, hasStoredState, readCallback } from '../../smart/stored-state';
import type { SmartSession } from '../../smart/types';

export type LaunchState =
  | { step: 'exchanging' }
  | { step: 'ready'; session: SmartSession }
  | { step: 'auth-error'; error: string; description?: string; meta?: LaunchMeta }
  | { step: 'ended'; reason: EndReason; meta?: LaunchMeta }
  | { step: 'failed'; what: 'exchange' | 'no-patient'; meta?: LaunchMeta };

function withMeta<T extends object>(
  state: T,
  meta: LaunchMeta | undefined,
): T & { meta?: LaunchMeta } {
  return meta ? { ...state, meta } : state;
}

let firstState: LaunchState | undefined;

/** Reads the callback once per page load: the URL is cleaned right after, and StrictMode calls
 *  state initializers twice, so the first answer is kept. */
function initialState(): LaunchState {
  firstState ??= readInitialState();
  return firstState;
}

function readInitialState(): LaunchState {
  const callback = readCallback(window.location.search);
  const meta = loadLaunchMeta();
  if (callback.error) {
    clearStoredState(callback);
    window.history.replaceState(null, '', '/');
    return withMeta(
      {
        step: 'auth-error',
        error: callback.error,
        ...(callback.errorDescription ? { description: callback.errorDescription } : {}),
      },
      meta,
    );
  }
  if (!hasStoredState(callback)) {
    if (callback.code || callback.state) window.history.replaceState(null, '', '/');
    return withMeta({ step: 'ended', reason: 'no-state' }, meta);
  }
  return { step: 'exchanging' };
}

export function useLaunchSession(): LaunchState {
  const [state, setState] = useState<LaunchState>(initialState);
  const exchanging = state.step === 'exchanging';
  // The refresh timer belongs to the page (buildSession), not to this component: StrictMode's
  // simulated unmount used to clear it here, and nothing restarted it.

  useEffect(() => {
    if (!exchanging) return;
    let cancelled = false;
    const meta = loadLaunchMeta();
    readyOnce().then(
      (client) => {
        if (cancelled) return;
        // fhirclient removed code and state; the RFC 9207 `iss` (and anything else) goes too.
        if (window.location.search) window.history.replaceState(null, '', window.location.pathname);
        if (!client.getAuthorizationHeader()) {
          setState(withMeta({ step: 'ended', reason: 'no-state' }, meta));
          return;
        }
        try {
          const built = buildSession(client, {
            onEnded: (reason) => {
              setState(withMeta({ step: 'ended', reason }, meta));
            },
            onRefreshed: (expiresAt) => {
              setState((s) =>
                s.step === 'ready'
                  ? {
                      step: 'ready',
                      session: { ...s.session, ...(expiresAt ? { expiresAt } : {}) },
                    }
                  : s,
              );
            },
          });
          setState({ step: 'ready', session: built.session });
        } catch (error) {
          setState(
            withMeta(
              { step: 'failed', what: error instanceof NoPatientError ? 'no-patient' : 'exchange' },
              meta,
            ),
          );
        }
      },
      () => {
        if (!cancelled) setState(withMeta({ step: 'failed', what: 'exchange' }, meta));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [exchanging]);

  return state;
}
