/** `/` — the redirect URI: completes the launch and shows the dashboard, or says why not. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { preloadable } from '../../components/preloadable';
import { LoadingState } from '../../components/states';
import { AuthErrorPage, LaunchFailedPage } from '../pages/launch-error';
import { SessionEndedPage } from '../pages/session-ended';
import { ForeignLinkPage, SignedOutPage } from '../pages/signed-out';
import { useLaunchSession } from './use-launch-session';
import type { TokenError } from '../../smart/token-error';
import { isPanelSession } from '../../smart/types';
import { loadLaunchMeta } from '../../smart/launch-meta';
import { DashboardPage as Dashboard } from '../dashboard/lazy-dashboard';

/** The token endpoint's own words, as text (React escapes them: never markup). */
function TokenErrorText({ error }: { error: TokenError }) {
  return (
    <>
      {error.description ? (
        <p>
          The server said: <q>{error.description}</q>
        </p>
      ) : null}
      <p className="muted">
        Error code: <code>{error.error}</code> (HTTP {error.status})
      </p>
    </>
  );
}

const Panel = preloadable(() => import('../panel/panel-app').then((m) => m.default));

// What this launch will show loads during the code exchange, so it renders without a fallback.
(loadLaunchMeta()?.view === 'panel' ? Panel : Dashboard).preload().catch(() => undefined);

export default function ReadyPage() {
  const state = useLaunchSession();
  const queryClient = useQueryClient();
  const ended = state.step === 'ended' || state.step === 'signed-out';
  useEffect(() => {
    // A finished session's records should not linger in memory behind the session-ended page.
    if (ended) queryClient.clear();
  }, [ended, queryClient]);
  switch (state.step) {
    case 'exchanging':
      return (
        <main className="message-page">
          <LoadingState label="Completing sign-in…" />
        </main>
      );
    case 'ready':
      return isPanelSession(state.session) ? (
        <Panel session={state.session} />
      ) : (
        <Dashboard session={state.session} />
      );
    case 'auth-error':
      return (
        <AuthErrorPage
          error={state.error}
          {...(state.description ? { description: state.description } : {})}
        />
      );
    case 'foreign-link':
      return <ForeignLinkPage sessionHere={state.sessionHere} />;
    case 'ended':
      return <SessionEndedPage reason={state.reason} meta={state.meta} />;
    case 'signed-out':
      return <SignedOutPage outcome={state.outcome} meta={state.meta} />;
    case 'failed':
      return (
        <LaunchFailedPage
          title={
            state.what === 'no-patient'
              ? 'No patient was selected'
              : 'Sign-in could not be completed'
          }
        >
          <p>
            {state.what === 'no-patient'
              ? 'The launch did not say which patient to show. Tensio needs a patient context.'
              : 'The server did not complete the sign-in (the code exchange failed).'}
          </p>
          {state.tokenError?.error ? <TokenErrorText error={state.tokenError} /> : null}
          {state.what === 'no-patient' && state.meta?.kind === 'standalone' ? (
            <p>
              Looking after a remote-monitoring program?{' '}
              <a
                href={`/launch?${new URLSearchParams({ iss: state.meta.iss, view: 'panel' }).toString()}`}
              >
                Open your panel
              </a>{' '}
              instead.
            </p>
          ) : null}
          <p>
            Relaunch Tensio from your EHR, or <a href="/launch">start again</a>.
          </p>
        </LaunchFailedPage>
      );
  }
}
