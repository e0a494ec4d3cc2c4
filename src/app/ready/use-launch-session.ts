/**
 * The redirect-URI state machine: callback checked → code exchanged once → id_token checked → session
 * ready, or one of the end states (authorize error, a link this tab did not start, state gone, exchange
 * failed, session ended or signed out later).
 */
import { useEffect, useState } from 'react';
import { checkIdentity } from '../../smart/identity';
import { loadLaunchMeta, type LaunchMeta } from '../../smart/launch-meta';
import { buildSession, NoPatientError, readyOnce, type EndReason } from '../../smart/session';
import {
  clearStoredState,
  forgetTokens,
  hasStoredState,
  launchStartedHere,
  readCallback,
} from '../../smart/stored-state';
import { readTokenError, type TokenError } from '../../smart/token-error';
import type { PanelSession, RevokeOutcome, SmartSession } from '../../smart/types';

export type LaunchState =
  | { step: 'exchanging' }
  | { step: 'ready'; session: SmartSession | PanelSession }
  | { step: 'auth-error'; error: string; description?: string; meta?: LaunchMeta }
  /** An error link whose `state` is no launch of this tab: shown neutrally, nothing cleared. */
  | { step: 'foreign-link'; sessionHere: boolean }
  | { step: 'ended'; reason: EndReason; meta?: LaunchMeta }
  | { step: 'signed-out'; outcome: RevokeOutcome; meta?: LaunchMeta }
  | {
      step: 'failed';
      what: 'exchange' | 'no-patient';
      tokenError?: TokenError;
      meta?: LaunchMeta;
    };

function withMeta<T extends object>(
  state: T,
  meta: LaunchMeta | undefined,
): T & { meta?: LaunchMeta } {
  return meta ? { ...state, meta } : state;
}

/** The URL once the callback is read: the path, keeping only the panel's `patient` parameter. */
export function appUrlAfterSignIn(
  location: Pick<Location, 'pathname' | 'search'> = window.location,
): string {
  const patient = new URLSearchParams(location.search).get('patient');
  return patient
    ? `${location.pathname}?patient=${encodeURIComponent(patient)}`
    : location.pathname;
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
    if (!launchStartedHere(callback.state)) {
      // Not ours: say so without repeating its text, and keep whatever this tab holds.
      window.history.replaceState(null, '', '/');
      return { step: 'foreign-link', sessionHere: hasStoredState({}) };
    }
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
    // A function, not a field read: the flag changes during the await, which TS narrowing ignores.
    const isCancelled = () => cancelled;
    const meta = loadLaunchMeta();
    readyOnce().then(
      async (client) => {
        if (cancelled) return;
        // fhirclient removed code and state; the RFC 9207 `iss` (and anything else) goes too.
        // Only the panel's own `patient` (a reload of an open dashboard) stays.
        if (window.location.search) window.history.replaceState(null, '', appUrlAfterSignIn());
        if (!client.getAuthorizationHeader()) {
          setState(withMeta({ step: 'ended', reason: 'no-state' }, meta));
          return;
        }
        // Only a verified id_token may say who the user is (and so choose the patient view).
        const identity = await checkIdentity(client, meta?.timeouts?.readMs);
        if (isCancelled()) return;
        try {
          const built = buildSession(
            client,
            {
              onEnded: (reason) => {
                // The tokens are dead: none stays in this tab behind the session-ended page.
                forgetTokens();
                setState(withMeta({ step: 'ended', reason }, meta));
              },
              onSignedOut: (outcome) => {
                setState(withMeta({ step: 'signed-out', outcome }, meta));
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
            },
            identity,
          );
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
      (error: unknown) => {
        if (cancelled) return;
        const tokenError = readTokenError(error);
        setState(
          withMeta(
            { step: 'failed', what: 'exchange', ...(tokenError ? { tokenError } : {}) },
            meta,
          ),
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [exchanging]);

  return state;
}
