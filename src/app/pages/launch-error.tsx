/**
 * A launch that could not go on: an authorize error from the server (RFC 6749 §4.1.2.1 `error` codes),
 * an iss not on the allowlist, a bad config, or a failed code exchange. Text only, never a stack trace.
 */
import type { ReactNode } from 'react';
import { MessagePage } from './message-page';

const OAUTH_ERRORS: Readonly<Record<string, string>> = {
  access_denied: 'Access was not granted: the sign-in or consent was declined.',
  invalid_scope: 'The server refused the access Tensio asked for (invalid scope).',
  unauthorized_client: 'This server does not allow Tensio to launch this way.',
  invalid_request: 'The server refused the launch request as invalid.',
  server_error: 'The authorization server had a problem.',
  temporarily_unavailable: 'The authorization server is temporarily unavailable.',
  unsupported_response_type: 'The server does not support this kind of sign-in.',
};

export function AuthErrorPage({
  error,
  description,
  action,
}: {
  error: string;
  description?: string;
  action?: ReactNode;
}) {
  return (
    <MessagePage title="Sign-in did not complete" tone="error">
      <p>{OAUTH_ERRORS[error] ?? 'The authorization server refused the launch.'}</p>
      {description ? (
        <p>
          The server said: <q>{description}</q>
        </p>
      ) : null}
      <p className="muted">
        Error code: <code>{error}</code>
      </p>
      {action ?? (
        <p>
          Relaunch Tensio from your EHR, or <a href="/launch">start again</a>.
        </p>
      )}
    </MessagePage>
  );
}

export function LaunchFailedPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <MessagePage title={title} tone="error">
      {children}
    </MessagePage>
  );
}
