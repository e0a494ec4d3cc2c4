/** `/` — the redirect URI: completes the launch and shows the dashboard, or says why not. */
import { lazy } from 'react';
import { LoadingState } from '../../components/states';
import { AuthErrorPage, LaunchFailedPage } from '../pages/launch-error';
import { SessionEndedPage } from '../pages/session-ended';
import { useLaunchSession } from './use-launch-session';

const Dashboard = lazy(() => import('../dashboard/dashboard'));

export default function ReadyPage() {
  const state = useLaunchSession();
  switch (state.step) {
    case 'exchanging':
      return (
        <main className="message-page">
          <LoadingState label="Completing sign-in…" />
        </main>
      );
    case 'ready':
      return <Dashboard session={state.session} />;
    case 'auth-error':
      return <AuthErrorPage error={state.error} {...(state.description ? { description: state.description } : {})} />;
    case 'ended':
      return <SessionEndedPage reason={state.reason} meta={state.meta} />;
    case 'failed':
      return (
        <LaunchFailedPage title={state.what === 'no-patient' ? 'No patient was selected' : 'Sign-in could not be completed'}>
          <p>
            {state.what === 'no-patient'
              ? 'The launch did not say which patient to show. Tensio needs a patient context.'
              : 'The server did not complete the sign-in (the code exchange failed).'}
          </p>
          <p>
            Relaunch Tensio from your EHR, or <a href="/launch">start again</a>.
          </p>
        </LaunchFailedPage>
      );
  }
}
